"""zlib for pyjit: crc32, adler32, compress/decompress and the streaming compressobj and
decompressobj, over the JDK's zlib (_zlib: org.pyjit.modules.ZlibModule). The JDK's
deflater has a fixed 32 KB window and memLevel 8, so wbits may be 15 (zlib), -15 (raw)
or 31 (gzip) when compressing, and compressed bytes equal CPython's at every level;
decompressing accepts every window size and 32+ for automatic zlib/gzip detection.
See docs/stdlib/common.md.
"""

import _zlib


class error(Exception):
    pass


_zlib._init(error)

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.3.1"
ZLIB_RUNTIME_VERSION = "1.3.1"


def crc32(data, value=0, /):
    return _zlib.crc32(data, value & 0xffffffff)


def adler32(data, value=1, /):
    return _zlib.adler32(data, value & 0xffffffff)


def _bytes(data):
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _check_level(level):
    if not -1 <= level <= 9:
        raise error("Bad compression level")


def _container(wbits):
    """'zlib', 'raw' or 'gzip' for compressing with wbits."""
    if wbits == 15 or wbits == 0:
        return 'zlib'
    if wbits == -15:
        return 'raw'
    if wbits == 31:
        return 'gzip'
    if 9 <= wbits <= 15 or -15 <= wbits <= -9 or 25 <= wbits <= 31:
        raise NotImplementedError("pyjit's zlib compresses only with a 32 KB window "
                                  "(wbits 15, -15 or 31)")
    raise ValueError("Invalid initialization option")


def _gzip_header(level, strategy):
    extra = 2 if level == 9 else (4 if strategy >= Z_HUFFMAN_ONLY or 0 <= level < 2 else 0)
    return b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes([extra]) + b'\x03'


class _Compress:
    """A compression stream (what compressobj returns)."""

    def __init__(self, level, wbits, strategy, zdict):
        self._kind = _container(wbits)
        self._h = _zlib.deflater(level, self._kind != 'zlib', strategy, zdict)
        self._head = _gzip_header(level, strategy) if self._kind == 'gzip' else b''
        self._crc = 0
        self._size = 0
        self._done = False

    def _track(self, data):
        if self._kind == 'gzip':
            self._crc = crc32(data, self._crc)
            self._size += len(data)

    def compress(self, data, /):
        if self._done:
            raise error("Error -2 while compressing data: inconsistent stream state")
        data = _bytes(data)
        self._track(data)
        out = self._head + _zlib.deflate(self._h, data, Z_NO_FLUSH)
        self._head = b''
        return out

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b''
        if self._done:
            return b''
        out = self._head + _zlib.deflate(self._h, b'', mode)
        self._head = b''
        if mode == Z_FINISH:
            self._done = True
            if self._kind == 'gzip':
                out += self._crc.to_bytes(4, 'little') + (self._size & 0xffffffff).to_bytes(4, 'little')
        return out


class _Decompress:
    """A decompression stream (what decompressobj returns)."""

    def __init__(self, wbits, zdict):
        if wbits in (0,) or 8 <= wbits <= 15:
            self._kind = 'zlib'
        elif -15 <= wbits <= -8:
            self._kind = 'raw'
        elif 24 <= wbits <= 31:
            self._kind = 'gzip'
        elif 40 <= wbits <= 47:
            self._kind = 'auto'
        else:
            raise ValueError("Invalid initialization option")
        self._zdict = zdict
        self._h = None
        self._pending = b''   # a gzip header not complete yet
        self._trailer = b''
        self._crc = 0
        self._size = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _start(self, data):
        """Consumes a gzip header when one is due; returns the data after it, or None."""
        if self._h is not None:
            return data
        kind = self._kind
        if kind == 'auto':
            if len(data) < 2:
                self._pending = data
                return None
            kind = 'gzip' if data[:2] == b'\x1f\x8b' else 'zlib'
            self._kind = kind
        if kind == 'gzip':
            end = _gzip_header_end(data)
            if end is None:
                self._pending = data
                return None
            data = data[end:]
        self._h = _zlib.inflater(kind != 'zlib')
        if self._zdict is not None and kind == 'raw':
            _zlib.set_dictionary(self._h, self._zdict)
        return data

    def decompress(self, data, /, max_length=0):
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        data = self._pending + _bytes(data)
        self._pending = b''
        if self.eof:
            self.unused_data += data
            return b''
        data = self._start(data)
        if data is None:
            return b''
        out, rest, finished = _zlib.inflate(self._h, data, max_length)
        if not finished and _zlib.needs_dictionary(self._h):
            if self._zdict is None:
                raise error("Error 2 while decompressing data")
            _zlib.set_dictionary(self._h, self._zdict)
            more, rest, finished = _zlib.inflate(self._h, rest, max_length - len(out)
                                                 if max_length else 0)
            out += more
        if self._kind == 'gzip':
            self._crc = crc32(out, self._crc)
            self._size += len(out)
        if finished:
            if self._kind == 'gzip':
                trailer, rest = rest[:8], rest[8:]
                if len(trailer) == 8 and (int.from_bytes(trailer[:4], 'little') != self._crc):
                    raise error("Error -3 while decompressing data: incorrect data check")
            self.eof = True
            self.unused_data += rest
            self.unconsumed_tail = b''
        else:
            self.unconsumed_tail = rest if max_length else b''
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self.unconsumed_tail:
            tail, self.unconsumed_tail = self.unconsumed_tail, b''
            return self.decompress(tail)
        return b''


def _gzip_header_end(data):
    if len(data) < 10:
        return None
    if data[:2] != b'\x1f\x8b' or data[2] != 8:
        raise error("Error -3 while decompressing data: incorrect header check")
    flags = data[3]
    at = 10
    if flags & 4:
        if len(data) < at + 2:
            return None
        at += 2 + int.from_bytes(data[at:at + 2], 'little')
    for bit in (8, 16):
        if flags & bit:
            zero = data.find(b'\0', at)
            if zero < 0:
                return None
            at = zero + 1
    if flags & 2:
        at += 2
    return at if at <= len(data) else None


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    _check_level(level)
    if method != DEFLATED or memLevel != DEF_MEM_LEVEL and not 1 <= memLevel <= 9:
        raise ValueError("Invalid initialization option")
    return _Compress(level, wbits, strategy, zdict)


def decompressobj(wbits=MAX_WBITS, zdict=None):
    return _Decompress(wbits, zdict)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    _check_level(level)
    stream = _Compress(level, wbits, Z_DEFAULT_STRATEGY, None)
    return stream.compress(data) + stream.flush()


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    stream = _Decompress(wbits, None)
    out = stream.decompress(data)
    if not stream.eof:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out
