# hashlib and hmac: every algorithm on inputs around the block sizes, incremental updates
# and copies, shake's lengths, blake2's parameters, new(), pbkdf2_hmac, file_digest, hmac,
# and their errors
import hashlib
import hmac
import io

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
         'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
inputs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'x' * 127, b'x' * 128, b'y' * 129,
          b'z' * 135, b'z' * 136, b'q' * 200, bytes(range(256)) * 5]
for name in names:
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for data in inputs:
        one = ctor(data).hexdigest()
        assert hashlib.new(name, data).hexdigest() == one
        inc = ctor()
        for i in range(0, len(data), 7):
            inc.update(data[i:i + 7])
        assert inc.hexdigest() == one, (name, len(data))
        print(' ', len(data), one)
    c = ctor(b'start')
    d = c.copy()
    c.update(b'more')
    print('  copy', d.hexdigest() == ctor(b'start').hexdigest(), c.digest() == ctor(b'startmore').digest(),
          c.digest() == c.digest())
for name in ['shake_128', 'shake_256']:
    ctor = getattr(hashlib, name)
    h = ctor(b'abc')
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    for n in (0, 1, 16, 32, 100, 200, 400):
        print(' ', n, h.hexdigest(n))
    for data in inputs:
        print(' ', len(data), ctor(data).hexdigest(20))
    print('  ', h.digest(10) == h.copy().digest(10))
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest(), hashlib.sha256(string=b'ab').hexdigest())
print(hashlib.new('SHA256').name, hashlib.new('sha512_256', b'x').hexdigest(),
      hashlib.new('sha512_224').digest_size, hashlib.new('blake2s', b'x', digest_size=4).hexdigest())
print(hashlib.sha256(bytearray(b'ab')).hexdigest() == hashlib.sha256(memoryview(b'ab')).hexdigest())
print(sorted(hashlib.algorithms_guaranteed), hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.md5.__name__, hashlib.sha3_256.__name__)

# blake2 parameters
b = hashlib.blake2b
print(b.SALT_SIZE, b.PERSON_SIZE, b.MAX_KEY_SIZE, b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE,
      hashlib.blake2s.MAX_DIGEST_SIZE)
print(b(b'msg', digest_size=16).hexdigest(), b(b'msg', key=b'secret').hexdigest())
print(b(b'msg', salt=b'salty', person=b'me').hexdigest())
print(b(b'msg', fanout=2, depth=3, leaf_size=4096, node_offset=7, node_depth=1, inner_size=32,
        last_node=True).hexdigest())
print(hashlib.blake2s(b'msg', key=b'k' * 32, salt=b's' * 8, person=b'p' * 8, digest_size=20,
                      node_offset=2**47, last_node=True).hexdigest())
print(b(b'', key=b'k').hexdigest(), hashlib.blake2s(b'x' * 64).hexdigest(),
      hashlib.blake2s(b'x' * 65, key=b'kk').hexdigest())
print(b(b'x').digest_size, b(b'x', digest_size=3).digest_size, b().name, hashlib.blake2s().name)

def err(f, *a, **k):
    try:
        f(*a, **k)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'x' * 65), dict(salt=b'x' * 17),
           dict(person=b'x' * 17), dict(fanout=256), dict(depth=0), dict(node_depth=256),
           dict(inner_size=65), dict(leaf_size=2**32), dict(leaf_size=-1), dict(key='s')]:
    err(hashlib.blake2b, **kw)
for kw in [dict(digest_size=33), dict(key=b'x' * 33), dict(salt=b'x' * 9), dict(node_offset=2**48)]:
    err(hashlib.blake2s, **kw)
err(hashlib.sha256, 'text')
err(hashlib.sha256, 5)
err(hashlib.sha256().update, 'text')
err(hashlib.md5().update)
err(hashlib.new, 'nope')
err(hashlib.new, 5)
err(hashlib.sha256, b'a', string=b'ab')

# pbkdf2 and file_digest
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 25).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, b'NaCl', 50, 100).hex())
err(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 0)
err(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 1, 0)
print(hashlib.file_digest(io.BytesIO(b'data' * 1000), 'sha1').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
class Text(io.StringIO):
    def __repr__(self):
        return 'Text()'
err(hashlib.file_digest, Text('x'), 'md5')

# hmac
for dm in ['md5', 'sha1', 'sha256', hashlib.sha512, 'sha3_256', 'blake2b']:
    m = hmac.new(b'key', b'The quick brown fox', dm)
    print(m.name, m.digest_size, m.block_size, m.hexdigest())
m = hmac.new(b'k' * 200, digestmod='sha256')
m.update(b'part1')
c = m.copy()
m.update(b'part2')
print(m.hexdigest(), c.hexdigest(), hmac.new(b'k' * 200, b'part1part2', 'sha256').hexdigest() == m.hexdigest())
print(hmac.digest(b'key', b'msg', 'sha256').hex(), hmac.new(bytearray(b'key'), b'msg', 'md5').hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest(b'a', b'ab'),
      hmac.compare_digest('abc', 'abc'), hmac.compare_digest(bytearray(b'x'), b'x'))
err(hmac.new, 'key')
err(hmac.new, b'key')
err(hmac.new, b'key', b'm', 'nosuch')
err(hmac.compare_digest, 'a', b'a')
err(hmac.compare_digest, b'a', 'a')
err(hmac.compare_digest, 1, b'a')
err(hmac.compare_digest, 'é', 'é')
err(hmac.compare_digest, 1, 2)
err(hashlib.new, 'md4')
