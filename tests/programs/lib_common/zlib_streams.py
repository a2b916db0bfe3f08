# zlib: checksums, compress at every level (the bytes CPython's zlib makes), raw and gzip
# containers, decompress of each (also automatic detection), streams with flush modes,
# max_length and unconsumed_tail, unused_data after the end, and the errors
import zlib

texts = [b'', b'a', b'hello world', b'abc' * 1000, bytes(range(256)) * 20,
         b'The quick brown fox jumps over the lazy dog. ' * 50,
         bytes((i * 7919) % 251 for i in range(5000))]
for t in texts:
    print(len(t), zlib.crc32(t), zlib.adler32(t), zlib.crc32(t, 12345), zlib.adler32(t, 7))
for t in texts:
    for level in (-1, 0, 1, 2, 5, 6, 9):
        c = zlib.compress(t, level)
        assert zlib.decompress(c) == t
        print(len(t), level, len(c), zlib.crc32(c), c[:12].hex() if len(t) < 20 else '')
    for wbits in (-15, 31):
        c = zlib.compress(t, 6, wbits)
        assert zlib.decompress(c, wbits) == t
        print('  wbits', wbits, len(c), zlib.crc32(c))
    print('  auto', zlib.decompress(zlib.compress(t, wbits=31), 47) == t, zlib.decompress(zlib.compress(t), 47) == t)
c = zlib.compressobj(6)
parts = [c.compress(b'part one '), c.compress(b'part two '), c.flush(zlib.Z_SYNC_FLUSH),
         c.compress(b'three'), c.flush(zlib.Z_FULL_FLUSH), c.compress(b'four'), c.flush()]
print([p.hex() for p in parts])
print(zlib.decompress(b''.join(parts)))
c = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = c.compress(b'raw stream ' * 10) + c.flush()
print(raw.hex(), zlib.decompress(raw, -15))
c = zlib.compressobj(strategy=zlib.Z_HUFFMAN_ONLY)
print((c.compress(b'huffman only ' * 5) + c.flush()).hex())
c = zlib.compressobj(strategy=zlib.Z_FILTERED)
print((c.compress(b'filtered ' * 5) + c.flush()).hex())
data = zlib.compress(b'0123456789' * 100)
d = zlib.decompressobj()
out = d.decompress(data[:10]) + d.decompress(data[10:50])
print(len(out), d.eof)
out += d.decompress(data[50:] + b'EXTRA')
print(len(out), d.eof, d.unused_data, d.unconsumed_tail, out == b'0123456789' * 100)
d = zlib.decompressobj()
first = d.decompress(data, 100)
print(len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = b''
while d.unconsumed_tail:
    rest += d.decompress(d.unconsumed_tail, 300)
print(len(first + rest), d.eof, d.flush())
g = zlib.compress(b'gzip me', 9, 31)
print(g[:10].hex(), zlib.compress(b'x', 1, 31)[:10].hex(), zlib.compress(b'x', 0, 31)[:10].hex())
d = zlib.decompressobj(31)
print(d.decompress(g[:5]) + d.decompress(g[5:]), d.eof)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH)

def err(f, *a):
    try:
        f(*a)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

err(zlib.decompress, b'not zlib data')
err(zlib.decompress, data[:20])
err(zlib.decompress, data[:2] + b'\xff' * 20)
err(zlib.compress, b'x', 10)
err(zlib.decompress, zlib.compress(b'x', wbits=-15))
err(zlib.decompress, b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03bad', 31)
err(zlib.crc32, 'text')
err(zlib.compress, 'text')
print(issubclass(zlib.error, Exception), zlib.error.__module__ in ('zlib', '_zlib'))
