# pathlib: file system operations in a scratch directory
from pathlib import Path
import os

base = Path('/tmp') / ('pyjit_lib_system_pathlib_%d' % os.getpid())
base.mkdir()
try:
    (base / 'sub' / 'deep').mkdir(parents=True)
    (base / 'sub').mkdir(exist_ok=True)
    try:
        (base / 'sub').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    try:
        (base / 'x' / 'y').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    f = base / 'sub' / 'hello.txt'
    print(f.write_text('hello\nworld\n'), f.read_text(), f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
    g = base / 'data.bin'
    print(g.write_bytes(b'\x00\x01\x02'), g.read_bytes(), (base / 'nope').exists())
    (base / 'sub' / 'deep' / 'a.py').write_text('pass\n')
    (base / 'b.py').touch()
    (base / 'b.py').touch()
    print(sorted(p.name for p in base.iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.glob('*.py')))
    print(sorted(str(p.relative_to(base)) for p in base.rglob('*.py')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('**/*.txt')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('sub/*')))
    print(sorted(str(p.relative_to(base)) for p in base.glob('*/')))
    with (base / 'sub' / 'hello.txt').open() as fh:
        print(fh.readline().strip())
    moved = f.rename(base / 'moved.txt')
    print(moved.name, moved.exists(), f.exists(), moved.parent == base)
    print(moved.replace(base / 'final.txt').name)
    link = base / 'link'
    link.symlink_to('final.txt')
    print(link.is_symlink(), link.readlink(), link.resolve() == (base / 'final.txt').resolve(), link.read_text().split())
    link.unlink()
    link.unlink(missing_ok=True)
    try:
        link.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    print(Path.cwd() == Path(os.getcwd()), Path('rel').absolute() == Path.cwd() / 'rel', Path('/a/../b').resolve())
    print([(str(Path(r).relative_to(base)), sorted(d), sorted(fs)) for r, d, fs in sorted(os.walk(base))])
    try:
        (base / 'nope.txt').read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    try:
        (base / 'sub').rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    base.rmdir()
print(base.exists())
