# os: files and directories in a scratch directory of the program's own
import os
import os.path
import stat

base = os.path.join('/tmp', 'pyjit_lib_system_files_%d' % os.getpid())


def clean(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            p = os.path.join(root, d)
            if os.path.islink(p):
                os.remove(p)
            else:
                os.rmdir(p)
    os.rmdir(top)


os.mkdir(base)
start = os.getcwd()
os.chdir(base)
try:
    print(os.getcwd() == base, os.listdir('.'))
    os.makedirs('a/b/c')
    os.makedirs('a/b/c', exist_ok=True)
    try:
        os.makedirs('a/b/c')
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e)
    try:
        os.mkdir('a')
    except FileExistsError as e:
        print(e)
    with open('a/x.txt', 'w') as f:
        f.write('hello\n')
    with open(os.path.join(base, 'a', 'y.bin'), 'wb') as f:
        f.write(bytes(range(10)))
    print(sorted(os.listdir('a')), os.listdir(b'a/b'))
    st = os.stat('a/x.txt')
    print(st.st_size, st[6], type(st.st_mtime).__name__, type(st[8]).__name__,
          type(st.st_mtime_ns).__name__, os.path.getsize('a/y.bin'), len(st))
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat('a').st_mode))
    print(os.path.isfile('a/x.txt'), os.path.isdir('a'), os.path.exists('nope'),
          os.path.exists('a/b'), os.path.isfile('a'), os.path.isdir('a/x.txt'))
    for e in sorted(os.scandir('a'), key=lambda e: e.name):
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e))
    with os.scandir() as it:
        print([e.name for e in it])
    print(sorted((root, sorted(dirs), sorted(files)) for root, dirs, files in os.walk('a')))
    print([root for root, dirs, files in os.walk('a', topdown=False)])
    os.rename('a/x.txt', 'a/z.txt')
    os.replace('a/z.txt', 'a/y.bin')
    print(sorted(os.listdir('a')), open('a/y.bin').read())
    os.utime('a/y.bin', (1000000000, 1200000000))
    print(os.stat('a/y.bin').st_mtime, os.path.getmtime('a/y.bin'), os.stat('a/y.bin').st_atime)
    os.chmod('a/y.bin', 0o640)
    print(oct(stat.S_IMODE(os.stat('a/y.bin').st_mode)), stat.filemode(os.stat('a/y.bin').st_mode))
    print(os.access('a/y.bin', os.R_OK), os.access('nope', os.F_OK))
    os.symlink('a/y.bin', 'link')
    print(os.readlink('link'), os.path.islink('link'), os.path.islink('a'), os.path.lexists('link'),
          os.path.realpath('link') == os.path.join(base, 'a', 'y.bin'), os.path.samefile('link', 'a/y.bin'))
    print(stat.S_ISLNK(os.lstat('link').st_mode), stat.S_ISLNK(os.stat('link').st_mode))
    os.remove('link')
    os.makedirs('d1/d2/d3')
    os.removedirs('d1/d2/d3')
    print(os.path.exists('d1'))
    os.chdir('a')
    print(os.path.basename(os.getcwd()), os.path.abspath('q') == os.path.join(base, 'a', 'q'),
          os.listdir('..'))
    os.chdir('..')
    errors = [
        lambda: os.remove('nosuch'),
        lambda: os.rmdir('nosuch'),
        lambda: os.rmdir('a'),
        lambda: os.remove('a'),
        lambda: os.listdir('nosuch'),
        lambda: os.listdir('a/y.bin'),
        lambda: os.rename('nosuch', 'other'),
        lambda: os.stat('nosuch'),
        lambda: os.chdir('nosuch'),
        lambda: os.chdir('a/y.bin'),
        lambda: os.readlink('a'),
        lambda: open('nosuch/file', 'w'),
        lambda: open('a'),
        lambda: os.mkdir('x/y/z'),
        lambda: os.stat(3.5),
    ]
    for f in errors:
        try:
            f()
        except (OSError, TypeError) as e:
            print(type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'filename', None))
finally:
    os.chdir(start)
    clean(base)
print(os.path.exists(base), os.getcwd() == start)
