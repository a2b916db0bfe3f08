# os.path: the string operations (posixpath)
import os.path as p
import posixpath

print(p is posixpath, p.sep, p.extsep, p.curdir, p.pardir, p.pathsep, p.altsep, p.devnull)
print(p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/b', 'c'), p.join('', 'x'), p.join('a', ''))
print(p.join(b'a', b'b'), p.split('/a/b/c'), p.split('a'), p.split('/'), p.split('a/b/'), p.split('//x'))
for s in ['x.txt', 'x.tar.gz', '.bashrc', 'a.b/c', '..', 'a/.x.y', 'noext', 'a.', '...x']:
    print(repr(s), p.splitext(s))
print(p.basename('/a/b.txt'), repr(p.basename('/a/b/')), p.dirname('/a/b.txt'), p.dirname('a'), p.dirname('/'))
for s in ['a//b/../c/./d', '//a', '///a', '', '.', '/..', 'a/..', '../a/../..', '/a/b/../../..', 'a/./b/']:
    print(repr(s), repr(p.normpath(s)))
print(p.normpath(b'a/./b'), p.isabs('/x'), p.isabs('x'), p.isabs(b'/'))
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a', '/a'), p.relpath('/a/b', '/'), p.relpath('/x', '/a/b'))
print(p.commonpath(['/a/b/c', '/a/b/d', '/a/b']), p.commonpath(['a/b', 'a/c']), repr(p.commonpath(['a', 'b'])))
print(p.commonprefix(['abc', 'abd', 'ab']), repr(p.commonprefix([])), p.commonprefix(['/usr/lib', '/usr/local']))
print(p.splitdrive('/a/b'), p.splitroot('/a/b'), p.splitroot('//a'), p.splitroot('a/b'), p.normcase('A/B'))
print(p.expandvars('$PYJIT_NO_SUCH_VAR/x'), p.expandvars('${PYJIT_NO_SUCH_VAR}y'), p.expandvars('no vars'), p.expandvars('$'))
print(p.expanduser('x/~'), p.expanduser('~nosuchuser_pyjit/x'))
errors = [
    lambda: p.join('a', 1),
    lambda: p.join('a', b'b'),
    lambda: p.commonpath([]),
    lambda: p.commonpath(['/a', 'b']),
    lambda: p.relpath(''),
    lambda: p.basename(3),
]
for f in errors:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
