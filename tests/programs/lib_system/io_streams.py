# io: StringIO, BytesIO, the IOBase classes and open()'s types
import io, sys, os
TMP = os.path.join('/tmp', 'pyjit_lib_system_io_%d.txt' % os.getpid())
s = io.StringIO('line1\nline2\r\nline3')
print(s.readline(), s.readline(3), s.tell(), s.readlines())
for line in io.StringIO('a\nb\n'): print(repr(line))
s = io.StringIO(newline=None); s.write('x\r\ny\rz'); print(repr(s.getvalue()), s.newlines)
s = io.StringIO('a\nb\r\nc\rd', newline=''); print(s.readlines())
s = io.StringIO(); print('hi', 2, file=s); print(repr(s.getvalue()))
s.seek(0); s.truncate(1); print(repr(s.getvalue()))
try: s.seek(-1)
except ValueError as e: print(e)
try: s.write(b'x')
except TypeError as e: print(e)
s.close()
try: s.read()
except ValueError as e: print(e)
print(s.closed)
b = io.BytesIO(b'ab\ncd'); print(b.readline(), b.read(1), b.tell(), b.read(), b.getvalue())
b.seek(0, 2); b.write(b'!'); print(b.getvalue())
try: b.write('s')
except TypeError as e: print(e)
with io.BytesIO() as b2: b2.write(b'q')
print(b2.closed)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.open is open, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
with open(TMP, 'w') as f:
    print(repr(f).replace(TMP, 'TMP'), isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    f.write('abc\n')
with open(TMP, 'rb') as f:
    print(type(f).__name__, isinstance(f, io.BufferedIOBase), f.read())
try: io.StringIO().fileno()
except io.UnsupportedOperation as e: print('unsupported', e)
old = sys.stdout; sys.stdout = io.StringIO(); print('captured'); v = sys.stdout.getvalue(); sys.stdout = old; print(repr(v))
os.remove(TMP)
s = io.StringIO('abc')
print(s.read(0), s.read(10), repr(s.read()), s.tell(), s.seek(1), s.read(1), s.readable(), s.writable(), s.seekable())
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.seek(0, 3)
except ValueError as e:
    print(e)
try:
    io.StringIO(newline='x')
except ValueError as e:
    print(e)
try:
    io.StringIO(1)
except TypeError as e:
    print(e)
s = io.StringIO()
s.writelines(['a\n', 'b\n'])
print(s.getvalue().splitlines(), s.tell(), s.write('é'), s.tell())
b = io.BytesIO(b'0123456789')
print(b.seek(-3, 2), b.read(), b.seek(2), b.read(3), b.tell(), b.truncate(5), b.getvalue(), b.readlines())
b.seek(0)
print(b.readlines(), list(io.BytesIO(b'x\ny\n')), bytes(io.BytesIO(b'mv').getbuffer()))
ba = bytearray(4)
print(io.BytesIO(b'ab').readinto(ba), ba)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print(e)
s=io.StringIO('abcdef'); s.seek(2); s.write('XY'); s.seek(0,2); s.write('!'); print(s.getvalue(), s.tell()); s.seek(10); s.write('z'); print(repr(s.getvalue())); s.truncate(3); print(repr(s.getvalue()), s.tell()); s.write('q'); print(repr(s.getvalue()))
s = io.StringIO()
for i in range(2000):
    s.write('line %d\n' % i)
print(len(s.getvalue()), sum(1 for _ in io.StringIO(s.getvalue())), s.tell())
