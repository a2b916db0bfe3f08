"""hmac for pyjit: keyed message authentication (RFC 2104) over any hashlib digest,
digest() in one call, and compare_digest.
"""

import hashlib as _hashlib

__all__ = ['HMAC', 'compare_digest', 'digest', 'new']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def compare_digest(a, b, /):
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode('ascii'), b.encode('ascii')
    else:
        def view(x):
            try:
                return bytes(memoryview(x))
            except TypeError:
                return None
        va, vb = view(a), view(b)
        if va is None and vb is None:
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for x, v in ((a, va), (b, vb)):
            if v is None:
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
        a, b = va, vb
    # every byte is looked at whatever the lengths and the first difference
    diff = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        diff |= x ^ y
    return diff == 0


def _maker(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """An HMAC in progress: update() with the message, then digest()."""

    blocksize = 64

    __slots__ = ("_digest_cons", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, bytes) and not isinstance(key, bytearray):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        self._digest_cons = _maker(digestmod)
        self._inner = self._digest_cons()
        self._outer = self._digest_cons()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', None)
        if block is None or block < 16:
            import warnings
            warnings.warn('block_size of %r seems too small; using our default of %d.'
                          % (block, self.blocksize) if block is not None else
                          'No block_size attribute on given digest object; Assuming %d.'
                          % self.blocksize, RuntimeWarning, 2)
            block = self.blocksize
        if len(key) > block:
            key = self._digest_cons(key).digest()
        self.block_size = block
        key = bytes(key).ljust(block, b'\0')
        self._outer.update(bytes(b ^ 0x5C for b in key))
        self._inner.update(bytes(b ^ 0x36 for b in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        twin = self.__class__.__new__(self.__class__)
        twin._digest_cons = self._digest_cons
        twin.digest_size = self.digest_size
        twin.block_size = self.block_size
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()
