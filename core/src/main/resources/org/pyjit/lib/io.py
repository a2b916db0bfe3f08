"""The io module on pyjit: open() and its file types (Java, runtime.PyFile, through _io),
StringIO and BytesIO (in-memory streams, here), and the IOBase class hierarchy, which
the file types and the in-memory streams are registered with for isinstance checks.
"""

import builtins
import sys
import _io
from _io import (TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO',
           'BytesIO', 'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']

open = builtins.open
BlockingIOError = builtins.BlockingIOError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    return 'utf-8' if encoding is None else encoding


class _IOBaseMeta(type):
    # the built-in file types cannot derive from these classes: they are registered
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        for registered in cls.__dict__.get('_registered', ()):
            if issubclass(sub, registered):
                return True
        return any(cls.__subclasscheck__(c) for c in type.__subclasses__(cls))

    def register(cls, subclass):
        if '_registered' not in cls.__dict__:
            cls._registered = []
        cls._registered.append(subclass)
        return subclass


class IOBase(metaclass=_IOBaseMeta):
    """The base of the stream classes: closing, iteration by lines, the context manager."""

    _closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    @property
    def closed(self):
        return self._closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


for _t in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_t)
TextIOBase.register(TextIOWrapper)
TextIOBase.register(type(sys.__stdout__))
FileIO = BufferedReader  # pyjit's binary files are the Buffered types (no raw FileIO layer)


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def readable(self):
        return True

    def writable(self):
        return True


_NEWLINES = (None, '', '\n', '\r', '\r\n')


class _MemoryStream:
    """What StringIO and BytesIO share: a position in _pos, closing, and every
    operation refused once closed. Listed before their IOBase class, to override it."""

    def readlines(self, hint=None):
        self._checkClosed()
        return IOBase.readlines(self, hint)

    def __next__(self):
        self._checkClosed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._checkClosed()
        return self._pos

    def close(self):
        self._closed = True

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True


class StringIO(_MemoryStream, TextIOBase):
    """A text stream in memory: a str with a position (counted in characters)."""

    def __init__(self, initial_value='', newline='\n'):
        if not (newline is None or isinstance(newline, str)):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in _NEWLINES:
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not '
                            + type(initial_value).__name__)
        self._newline = newline
        self._value = ''
        self._tail = []  # text appended at the end since _value was last joined
        self._length = 0
        self._pos = 0
        self._closed = False
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'

    @property
    def newlines(self):
        if self._newline is not None:
            return None
        seen = [n for n in ('\r', '\n', '\r\n') if n in self._seen]
        return None if not seen else seen[0] if len(seen) == 1 else tuple(seen)

    @property
    def line_buffering(self):
        return False

    def _checkClosed(self, msg=None):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def _flat(self):
        # appends are kept as pieces and joined only when the text is read or rewritten
        if self._tail:
            self._value += ''.join(self._tail)
            self._tail = []
        return self._value

    def getvalue(self):
        self._checkClosed()
        return self._flat()

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if '\r\n' in s:
                self._seen.add('\r\n')
            if '\r' in s.replace('\r\n', ''):
                self._seen.add('\r')
            if '\n' in s.replace('\r\n', ''):
                self._seen.add('\n')
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl in ('\r', '\r\n'):
            s = s.replace('\n', nl)
        return s

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        n = len(s)
        s = self._translate(s)
        pos = self._pos
        if pos == self._length:
            self._tail.append(s)
        else:
            v = self._flat()
            if pos > len(v):
                v += '\0' * (pos - len(v))
            self._value = v[:pos] + s + v[pos + len(s):]
        self._pos = pos + len(s)
        self._length = max(self._length, self._pos)
        return n

    def read(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        v = self._flat()
        start = min(self._pos, len(v))
        end = len(v) if size < 0 else min(len(v), start + size)
        if end > start:
            self._pos = end
        return v[start:end]

    def _line_end(self, v, start):
        nl = self._newline
        if nl == '':
            i = start
            while i < len(v):
                c = v[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    return i + 2 if v[i + 1:i + 2] == '\n' else i + 1
                i += 1
            return len(v)
        sep = '\n' if nl is None else nl
        i = v.find(sep, start)
        return len(v) if i < 0 else i + len(sep)

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        v = self._flat()
        start = min(self._pos, len(v))
        end = self._line_end(v, start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return v[start:end]

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._length
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._value = self._flat()[:size]
        self._length = len(self._value)
        return size

    def detach(self):
        raise UnsupportedOperation('detach')

    def fileno(self):
        raise UnsupportedOperation('fileno')


class BytesIO(_MemoryStream, BufferedIOBase):
    """A binary stream in memory: a bytearray with a position."""

    def __init__(self, initial_bytes=b''):
        self._buffer = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False

    def __repr__(self):
        return f'<_io.BytesIO object at {hex(id(self))}>'

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buffer)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buffer)

    def write(self, b):
        self._checkClosed()
        if not isinstance(b, (bytes, bytearray, memoryview)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        data = bytes(b)
        n = len(data)
        pos = self._pos
        buf = self._buffer
        if pos > len(buf):
            buf.extend(b'\0' * (pos - len(buf)))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        buf = self._buffer
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        if end > start:
            self._pos = end
        return bytes(buf[start:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        buf = self._buffer
        start = min(self._pos, len(buf))
        i = buf.find(b'\n', start)
        end = len(buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, start + size)
        if end > start:
            self._pos = end
        return bytes(buf[start:end])

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'negative size value {size}')
        del self._buffer[size:]
        return size


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across chunks of decoded text."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pending_cr = False

    def decode(self, input, final=False):
        text = self.decoder.decode(input, final=final) if self.decoder else input
        if self._pending_cr:
            text = '\r' + text
            self._pending_cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._pending_cr = True
        if self.translate:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def reset(self):
        self._pending_cr = False
