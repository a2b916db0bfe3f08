"""hashlib for pyjit: md5, sha1, the SHA-2 and SHA-3 families, shake_128/256, blake2b and
blake2s, new(name), file_digest and pbkdf2_hmac, with CPython 3.13's names, sizes and
errors. The digests run in Java (_hashlib: the JDK's MessageDigest, our own Keccak sponge
for SHAKE and our own BLAKE2); the classes here hold the names and check the arguments.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'file_digest', 'pbkdf2_hmac')

# name -> (JDK algorithm, digest size, block size); a digest size of 0: extendable output
_FIXED = {
    'md5': ('MD5', 16, 64),
    'sha1': ('SHA-1', 20, 64),
    'sha224': ('SHA-224', 28, 64),
    'sha256': ('SHA-256', 32, 64),
    'sha384': ('SHA-384', 48, 128),
    'sha512': ('SHA-512', 64, 128),
    'sha512_224': ('SHA-512/224', 28, 128),
    'sha512_256': ('SHA-512/256', 32, 128),
    'sha3_224': ('SHA3-224', 28, 144),
    'sha3_256': ('SHA3-256', 32, 136),
    'sha3_384': ('SHA3-384', 48, 104),
    'sha3_512': ('SHA3-512', 64, 72),
    'shake_128': ('SHAKE128', 0, 168),
    'shake_256': ('SHAKE256', 0, 136),
}

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                                   'shake_128', 'shake_256', 'blake2b', 'blake2s'})
algorithms_available = frozenset(set(algorithms_guaranteed) | {'sha512_224', 'sha512_256'})


def _check_data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    return data


class _Digest(object):
    """What every hash object shares: update, digest, hexdigest and copy over a handle."""

    __slots__ = ('_h', 'name', 'digest_size', 'block_size')

    def update(self, *args):
        if len(args) != 1:
            raise TypeError("%s.update() takes exactly one argument (%d given)"
                            % (type(self).__name__, len(args)))
        _hashlib.update(self._h, args[0])

    def digest(self):
        return _hashlib.digest(self._h, 0)

    def hexdigest(self):
        return _hashlib.digest(self._h, 0).hex()

    def copy(self):
        twin = object.__new__(type(self))
        twin._h = _hashlib.copy(self._h)
        twin.name = self.name
        twin.digest_size = self.digest_size
        twin.block_size = self.block_size
        return twin

    def __repr__(self):
        return '<%s %s.%s object @ %#x>' % (self.name, type(self).__module__,
                                            type(self).__name__, id(self))


class HASH(_Digest):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASH' instances")


class HASHXOF(_Digest):
    __slots__ = ()

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASHXOF' instances")

    def digest(self, length):
        if length < 0:
            raise ValueError("length must be non-negative")
        return _hashlib.digest(self._h, length)

    def hexdigest(self, length):
        return self.digest(length).hex()


HASH.__module__ = HASHXOF.__module__ = '_hashlib'


def _make(name, data):
    algorithm, size, block = _FIXED[name]
    obj = object.__new__(HASHXOF if size == 0 else HASH)
    obj._h = _hashlib.open(algorithm)
    obj.name = name
    obj.digest_size = size
    obj.block_size = block
    if data is not None:
        _hashlib.update(obj._h, _check_data(data))
    return obj


def _constructor(name):
    def construct(data=None, *, usedforsecurity=True, string=None):
        if string is not None:
            if data is not None:
                raise TypeError("argument for openssl_%s() given by name ('string') and "
                                "position (1)" % name)
            data = string
        return _make(name, data)
    construct.__name__ = construct.__qualname__ = 'openssl_' + name
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


class _Blake2(_Digest):
    __slots__ = ()
    _WIDE = True
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64

    def __new__(cls, data=b'', /, *, digest_size=None, key=b'', salt=b'', person=b'',
                fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                inner_size=0, last_node=False, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        biggest = cls.MAX_DIGEST_SIZE
        if digest_size is None:
            digest_size = biggest
        if not 1 <= digest_size <= biggest:
            raise ValueError("digest_size must be between 1 and %d bytes" % biggest)
        for label, value, limit in (('key', key, cls.MAX_KEY_SIZE),
                                    ('salt', salt, cls.SALT_SIZE),
                                    ('person', person, cls.PERSON_SIZE)):
            if isinstance(value, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            if len(value) > limit:
                raise ValueError("maximum %s length is %d bytes" % (label, limit))
        if not 0 <= fanout <= 255:
            raise ValueError("fanout must be between 0 and 255")
        if not 1 <= depth <= 255:
            raise ValueError("depth must be between 1 and 255")
        if leaf_size < 0 or node_offset < 0:
            raise ValueError("value must be positive")
        if leaf_size > 0xffffffff:
            raise OverflowError("leaf_size is too large")
        if node_offset >= 1 << 64:
            raise OverflowError("int too big to convert")
        if not cls._WIDE and node_offset >= 1 << 48:
            raise OverflowError("node_offset is too large")
        if not 0 <= node_depth <= 255:
            raise ValueError("node_depth must be between 0 and 255")
        if not 0 <= inner_size <= biggest:
            raise ValueError("inner_size must be between 0 and is %d" % biggest)
        self = object.__new__(cls)
        self._h = _hashlib.blake2(cls._WIDE, digest_size, bytes(key), bytes(salt),
                                  bytes(person), fanout, depth, leaf_size, node_offset,
                                  node_depth, inner_size, last_node)
        self.name = cls.__name__
        self.digest_size = digest_size
        self.block_size = 128 if cls._WIDE else 64
        if data:
            _hashlib.update(self._h, _check_data(data))
        return self

    def __repr__(self):
        return '<%s.%s object at %#x>' % (type(self).__module__, type(self).__name__, id(self))


class blake2b(_Blake2):
    __slots__ = ()


class blake2s(_Blake2):
    __slots__ = ()
    _WIDE = False
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


blake2b.__module__ = blake2s.__module__ = '_blake2'


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    if name in ('blake2b', 'blake2s'):
        return (blake2b if name == 'blake2b' else blake2s)(data, **kwargs)
    key = name.lower().replace('-', '_')
    if key not in _FIXED:
        raise ValueError('unsupported hash type ' + name)
    for k in kwargs:
        if k not in ('usedforsecurity', 'string'):
            raise TypeError("new() got an unexpected keyword argument '%s'" % k)
    if kwargs.get('string') is not None:
        data = kwargs['string']
    return _make(key, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    made = new(hash_name)
    if isinstance(made, _Blake2) or made.digest_size == 0:
        raise ValueError('unsupported hash type ' + hash_name)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = made.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    empty = _hashlib.open(_FIXED[made.name][0])
    return _hashlib.pbkdf2(empty, made.block_size, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size is None:
            raise BlockingIOError("I/O operation would block.")
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj
