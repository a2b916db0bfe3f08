# pathlib: the pure path operations
from pathlib import Path, PurePath, PurePosixPath, PosixPath
import os

p = Path('a/b.tar.gz')
print(repr(p), str(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, list(p.parents))
print(p.with_suffix('.x'), p.with_suffix(''), p.with_stem('q'), p.with_name('z'), p.as_posix(), os.fspath(p))
print(repr(PurePath('/a') / 'b'), repr(PurePosixPath('x', 'y')), type(Path('.')).__name__, type(PurePath('x')).__name__)
print(Path('a') == Path('a/'), Path('a//b/./c'), Path('/'), Path(), Path('..'), Path('a') < Path('b'), Path('//x'), Path('///x'))
print(Path('/x/y').parts, Path('/x/y').root, Path('/x/y').anchor, repr(Path('x').root), Path('/x').is_absolute(), Path('x').is_absolute())
print(Path('a/b/c').relative_to('a'), Path('/a/b').relative_to(Path('/a')), Path('a/b').is_relative_to('a'), Path('a/b').is_relative_to('b'))
print(Path('a/b').relative_to('a/c', walk_up=True), Path('a') / 'b' / 'c', 'x' / Path('y'), Path('a').joinpath('b', 'c'), Path('a', '/b', 'c'))
print(Path('a/b.py').match('*.py'), Path('a/b.py').match('a/*.py'), Path('a/b.py').match('b/*.py'), Path('/a/b.py').match('/*.py'), Path('x.PY').match('*.py'))
print(Path('a/b/c.txt').full_match('a/**'), Path('a/b/c.txt').full_match('**/*.txt'), Path('a.txt').full_match('*.py'))
print(Path('.bashrc').suffix, Path('.bashrc').stem, Path('a.').suffixes, Path('x.tar.gz').stem, Path('/').name, Path('/').parent)
print(Path('/a/b/c').parents[-1], Path('/a/b/c').parents[0], len(Path('a/b/c').parents), Path('a/b').parents[0:2])
print(sorted([Path('b'), Path('a/c'), Path('a')]), len({Path('a'), Path('a/'), Path('./a')}), hash(Path('a')) == hash(Path('a')))
print(Path('a') == 'a', PurePosixPath('a') == Path('a'), bytes(Path('a/b')))
errors = [
    lambda: Path('a/b').relative_to('c'),
    lambda: Path('a').with_suffix('x'),
    lambda: Path('a').with_suffix('./'),
    lambda: Path('').with_name('x'),
    lambda: Path('a').with_name(''),
    lambda: Path('a').with_name('x/y'),
    lambda: Path(1),
    lambda: Path('a') / 1,
    lambda: Path('/a').relative_to('b'),
    lambda: Path('a').match(''),
    lambda: Path('a').parents[1],
]
for f in errors:
    try:
        f()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
