# tempfile: directories and files that remove themselves
import os
import tempfile

print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
d = tempfile.mkdtemp(prefix='pyjit_', suffix='_x')
name = os.path.basename(d)
print(os.path.isdir(d), name.startswith('pyjit_'), name.endswith('_x'), len(name), os.path.isabs(d))
os.rmdir(d)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'f.txt')
    with open(path, 'w') as f:
        f.write('data')
    os.mkdir(os.path.join(tmp, 'sub'))
    print(sorted(os.listdir(tmp)), os.path.exists(tmp))
print(os.path.exists(tmp))
t = tempfile.TemporaryDirectory(prefix='keep')
print(os.path.basename(t.name).startswith('keep'), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile('w+', suffix='.txt') as f:
    f.write('hello\n')
    f.seek(0)
    print(f.read(), f.name.endswith('.txt'), os.path.exists(f.name))
    fname = f.name
print(os.path.exists(fname))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b'kept')
f.close()
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.remove(f.name)
fd, p = tempfile.mkstemp(suffix='.dat')
print(os.path.exists(p), p.endswith('.dat'))
os.remove(p)
