# fnmatch (matching, filter, translate's exact text) and glob (patterns over a scratch tree:
# recursive '**', hidden files, root_dir, trailing slashes, bytes, escape, translate)
import fnmatch
import glob
import os
import tempfile

pats = ['*.py', 'a*b*c', '*', '**', 'a?b', '[abc]', '[!abc]', '[a-z]*', '[]]', '[!]]', '[',
        '[a', 'a[-]b', '[z-a]', '[a-c-e]', '[\\]', 'a.b+c', '*a*', '*a*b', '[a&&b]', '[a~~b]',
        '[a||b]', '[^x]', '[[]', 'x**y', '[!]', '[a-]', '[--b]', '[!a-c-e]', '*[0-9]?*.txt',
        '[b-a]x', '[a-b-a]', 'é*', '(a|b)', '{a,b}']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.py', 'b.PY', 'abc', 'axbyc', 'a-b', 'ab', 'x', ']', '[', '\\', 'a.b+c', 'é1', '!',
         'file1.txt', 'f12.txt', '^', 'xy', '-', '.hidden', 'a\nb', '{a,b}']
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)],
          fnmatch.filter(names, p) == [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'))
print(fnmatch.fnmatchcase(b'abc', b'a*'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'),
      fnmatch.translate('a*b*'))
try:
    fnmatch.fnmatchcase('abc', b'a*')
except TypeError as e:
    print('TypeError', e)

base = tempfile.mkdtemp()
def make(path, directory=False):
    full = os.path.join(base, path)
    if directory:
        os.makedirs(full, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w') as f:
            f.write(path)
for d in ['src/pkg/sub', 'docs', '.git/objects', 'src/.cache', 'empty']:
    make(d, True)
for f in ['a.py', 'b.py', 'c.txt', '.env', 'src/main.py', 'src/util.py', 'src/pkg/__init__.py',
          'src/pkg/sub/deep.py', 'src/pkg/sub/data.json', 'src/.cache/x.py', 'docs/index.md',
          '.git/config', 'weird[1].py', 'q?.txt']:
    make(f)

def g(pattern, **kw):
    found = glob.glob(pattern, root_dir=base, **kw)
    return sorted(found)

for pattern in ['*', '*.py', '*/', '*/*.py', '**', '**/*.py', 'src/**', 'src/**/', '**/sub/*',
                '.*', 'src/*/', '[ab].py', '?.py', 'nosuch/*', 'a.py', 'nosuch.py', 'docs/',
                'docs', 'weird[1].py', glob.escape('weird[1].py'), glob.escape('q?.txt'),
                'src/pkg/sub/*.json', '*/*/*', '']:
    print(repr(pattern), g(pattern), g(pattern, recursive=True))
print(g('**/*.py', recursive=True, include_hidden=True))
print(g('*', include_hidden=True))
print(g('**', recursive=True, include_hidden=True))
old = os.getcwd()
os.chdir(base)
print(sorted(glob.glob('src/*.py')), sorted(glob.iglob('**/*.json', recursive=True)))
print(sorted(glob.glob(b'*.py')), sorted(glob.glob(os.path.join(base, 'src', '*.py')))[0].endswith('main.py'))
print(type(glob.iglob('*')).__name__ in ('generator', 'chain'), glob.glob('*.nomatch'))
os.chdir(old)
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'))
print(glob.escape('a*b?[c]'), glob.escape('//?/c:/x*'), glob.escape(b'x*'))
for args in [('a/**/b*.py', dict(recursive=True)), ('*.py', {}), ('a/*/c', dict(include_hidden=True)),
             ('**', dict(recursive=True)), ('**/x', dict(recursive=True, include_hidden=True)),
             ('a/**/**/b', dict(recursive=True)), ('?x/[ab]*', {}), ('a\\b', dict(seps='\\/'))]:
    print(args, glob.translate(args[0], **args[1]))

for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
