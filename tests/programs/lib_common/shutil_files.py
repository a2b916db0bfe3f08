# shutil: copyfile/copy/copy2 (modes, times, directories as targets, same file), copytree
# (ignore, ignore_patterns, dirs_exist_ok, symlinks, errors), rmtree (onexc, onerror,
# ignore_errors), move (files, directories, into a directory, into itself), which,
# disk_usage, get_terminal_size; the errors' types and messages
import os
import shutil
import stat
import sys
import tempfile
import warnings

base = tempfile.mkdtemp()
def p(*parts):
    return os.path.join(base, *parts)
def rel(path):
    return path.replace(base, 'BASE') if isinstance(path, str) else path
def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(root, name)
            with open(full) as f:
                out.append((rel(full), f.read()))
        for name in dirs:
            out.append((rel(os.path.join(root, name)) + '/',))
    return sorted(out)
def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

write(p('src', 'a.txt'), 'alpha')
os.chmod(p('src', 'a.txt'), 0o640)
os.utime(p('src', 'a.txt'), ns=(1_000_000_000_000_000_000, 1_500_000_000_123_456_789))
print(rel(shutil.copyfile(p('src', 'a.txt'), p('b.txt'))), open(p('b.txt')).read())
print(oct(stat.S_IMODE(os.stat(p('b.txt')).st_mode)) != '0o640' or 'same by chance')
print(rel(shutil.copy(p('src', 'a.txt'), p('c.txt'))), oct(stat.S_IMODE(os.stat(p('c.txt')).st_mode)))
print(os.stat(p('c.txt')).st_mtime_ns == os.stat(p('src', 'a.txt')).st_mtime_ns)
print(rel(shutil.copy2(p('src', 'a.txt'), p('d.txt'))), oct(stat.S_IMODE(os.stat(p('d.txt')).st_mode)),
      os.stat(p('d.txt')).st_mtime_ns)
os.mkdir(p('dir'))
print(rel(shutil.copy(p('b.txt'), p('dir'))), rel(shutil.copy2(p('b.txt'), p('dir') + '/')))
shutil.copymode(p('src', 'a.txt'), p('b.txt'))
print(oct(stat.S_IMODE(os.stat(p('b.txt')).st_mode)))
shutil.copystat(p('src', 'a.txt'), p('b.txt'))
print(os.stat(p('b.txt')).st_mtime_ns)
import io
src, dst = io.BytesIO(b'x' * 100000), io.BytesIO()
shutil.copyfileobj(src, dst, 333)
print(len(dst.getvalue()), shutil.COPY_BUFSIZE)

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', rel(r))
    except Exception as e:
        msg = str(e)
        print(type(e).__name__, rel(msg), [rel(x) if isinstance(x, str) else x for x in e.args][:1]
              if isinstance(e, shutil.Error) else '')

err(shutil.copyfile, p('b.txt'), p('b.txt'))
err(shutil.copy, p('b.txt'), p('b.txt'))
err(shutil.copyfile, p('nosuch'), p('x'))
err(shutil.copyfile, p('b.txt'), p('nodir', 'x'))
err(shutil.copyfile, p('dir'), p('x'))
err(shutil.copyfile, p('b.txt'), p('dir'))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError),
      issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError))

# copytree
write(p('proj', 'main.py'), 'main')
write(p('proj', 'main.pyc'), 'bytecode')
write(p('proj', 'pkg', 'mod.py'), 'mod')
write(p('proj', 'pkg', '__pycache__', 'mod.pyc'), 'cached')
write(p('proj', 'docs', 'readme.md'), 'docs')
os.symlink('main.py', p('proj', 'link.py'))
print(rel(shutil.copytree(p('proj'), p('copy1'))))
print(tree(p('copy1')), os.path.islink(p('copy1', 'link.py')))
shutil.copytree(p('proj'), p('copy2'), symlinks=True, ignore=shutil.ignore_patterns('*.pyc', '__pycache__'))
print(tree(p('copy2')), os.path.islink(p('copy2', 'link.py')), os.readlink(p('copy2', 'link.py')))
seen = []
def ignorer(path, names):
    seen.append((rel(path), sorted(names)))
    return {'docs'}
shutil.copytree(p('proj'), p('copy3'), ignore=ignorer)
print(sorted(seen), tree(p('copy3')) == [x for x in tree(p('copy1')) if 'docs' not in x[0]] or tree(p('copy3')))
err(shutil.copytree, p('proj'), p('copy3'))
write(p('copy3', 'extra.txt'), 'kept')
shutil.copytree(p('proj'), p('copy3'), dirs_exist_ok=True)
print(tree(p('copy3')))
err(shutil.copytree, p('nosuch'), p('copy4'))
os.symlink('nowhere', p('proj', 'dangling'))
try:
    shutil.copytree(p('proj'), p('copy5'))
except shutil.Error as e:
    print('Error', [tuple(rel(x) for x in t) for t in e.args[0]])
shutil.copytree(p('proj'), p('copy6'), ignore_dangling_symlinks=True)
print(os.path.exists(p('copy6', 'dangling')))
copied = []
def my_copy(s, d):
    copied.append(os.path.basename(s))
    return shutil.copyfile(s, d)
shutil.copytree(p('proj', 'pkg'), p('copy7'), copy_function=my_copy)
print(sorted(copied))

# rmtree
shutil.rmtree(p('copy1'))
print(os.path.exists(p('copy1')))
err(shutil.rmtree, p('copy1'))
shutil.rmtree(p('copy1'), ignore_errors=True)
calls = []
shutil.rmtree(p('copy1'), onexc=lambda f, path, e: calls.append((f.__name__, rel(path), type(e).__name__)))
print(calls)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    calls = []
    shutil.rmtree(p('copy1'), onerror=lambda f, path, info: calls.append((f.__name__, rel(path), info[0].__name__)))
    print(calls, [str(x.message) for x in w if 'onerror' in str(x.message)])
os.symlink(p('copy2'), p('linkdir'))
err(shutil.rmtree, p('linkdir'))
calls = []
shutil.rmtree(p('linkdir'), onexc=lambda f, path, e: calls.append((f.__name__, rel(path), type(e).__name__, rel(str(e)))))
print(calls, os.path.exists(p('copy2', 'main.py')))
os.unlink(p('linkdir'))
shutil.rmtree(p('copy2'))
print(shutil.rmtree.avoids_symlink_attacks in (True, False))

# move
write(p('m', 'f.txt'), 'moved')
print(rel(shutil.move(p('m', 'f.txt'), p('m', 'g.txt'))), os.path.exists(p('m', 'f.txt')))
os.mkdir(p('m', 'into'))
print(rel(shutil.move(p('m', 'g.txt'), p('m', 'into'))))
write(p('m', 'g.txt'), 'again')
err(shutil.move, p('m', 'g.txt'), p('m', 'into'))
print(rel(shutil.move(p('m', 'into'), p('m', 'renamed'))), tree(p('m')))
err(shutil.move, p('m'), p('m', 'renamed', 'inner'))
err(shutil.move, p('nosuch'), p('x'))

# which, disk_usage, terminal size
d = p('bin')
os.mkdir(d)
write(os.path.join(d, 'tool'), '#!/bin/sh\n')
os.chmod(os.path.join(d, 'tool'), 0o755)
write(os.path.join(d, 'data'), 'x')
os.mkdir(os.path.join(d, 'dirtool'))
print(rel(shutil.which('tool', path=d)), shutil.which('data', path=d), shutil.which('dirtool', path=d),
      rel(shutil.which('data', mode=os.F_OK, path=d)), shutil.which('nosuch', path=d),
      rel(shutil.which(os.path.join(d, 'tool'))), shutil.which('tool', path=''),
      rel(shutil.which('tool', path=os.pathsep.join(['/nonexistent', d, d]))),
      shutil.which(b'tool', path=d.encode()) == os.path.join(d, 'tool').encode())
print(shutil.which('sh') in ('/bin/sh', '/usr/bin/sh'))
u = shutil.disk_usage(base)
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0, u.total > 0)
err(shutil.disk_usage, p('nosuch'))
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '40'
print(shutil.get_terminal_size(), shutil.get_terminal_size((10, 10)))
del os.environ['COLUMNS']
del os.environ['LINES']
print(shutil.get_terminal_size((33, 44)) == (33, 44) or sys.stdout.isatty())

shutil.rmtree(base)
print(os.path.exists(base))
err(shutil.copyfile, p('gone'), p('gone2'))
