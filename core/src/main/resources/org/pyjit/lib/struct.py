"""Conversion between Python values and C structs packed in bytes, described by format
strings such as '<2hI' (byte order, sizes and alignment first, then counted codes)."""

# pyjit's struct: the engine is Java (_struct: org.pyjit.modules.StructModule); this module
# holds the exception class and the Struct type over it.

import _struct

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
    'Struct', 'error',
]


class error(Exception):
    pass


_struct._init(error)

calcsize = _struct.calcsize
pack = _struct.pack
pack_into = _struct.pack_into
unpack = _struct.unpack
unpack_from = _struct.unpack_from
iter_unpack = _struct.iter_unpack


class Struct:
    """A compiled format: pack, unpack and their variants without parsing it again."""

    __slots__ = ('_fmt', 'size', '__weakref__')

    def __init__(self, format):
        self.size = _struct.calcsize(format)
        self._fmt = format

    @property
    def format(self):
        """The format string, as a str."""
        return _struct._format(self._fmt)

    def pack(self, *values):
        """The values packed into bytes."""
        return _struct.pack(self._fmt, *values)

    def pack_into(self, buffer, offset, *values):
        """The values packed into the writable buffer at offset."""
        return _struct.pack_into(self._fmt, buffer, offset, *values)

    def unpack(self, buffer):
        """The tuple of values packed in buffer (exactly size bytes)."""
        return _struct.unpack(self._fmt, buffer)

    def unpack_from(self, buffer, offset=0):
        """The tuple of values packed in buffer at offset."""
        return _struct.unpack_from(self._fmt, buffer, offset)

    def iter_unpack(self, buffer):
        """An iterator over the tuples packed one after another in buffer."""
        return _struct.iter_unpack(self._fmt, buffer)

    def __repr__(self):
        return f'Struct({self.format!r})'
