"""Object-oriented paths for pyjit: PurePath/PurePosixPath (string operations) and
Path/PosixPath (file system operations through os). POSIX only: PureWindowsPath and
WindowsPath exist for isinstance checks and raise when used.

A path is kept as its root ('' or '/', or '//' as POSIX allows) and its tuple of
components, '.' removed and '..' kept; its str is made once, on first use.
"""

import os
import posixpath
import sys

__all__ = ['UnsupportedOperation', 'PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path',
           'PosixPath', 'WindowsPath']


class UnsupportedOperation(NotImplementedError):
    """An operation this kind of path does not support."""


def _split(text):
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    else:
        root = ''
    return root, tuple(c for c in text.split('/') if c and c != '.')


class PurePath:
    """A path as a string, with no file system access."""

    __slots__ = ('_root', '_tail', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        texts = []
        for a in args:
            if isinstance(a, PurePath):
                texts.append(str(a))
                continue
            try:
                t = os.fspath(a)
            except TypeError:
                t = a
            if not isinstance(t, str):
                raise TypeError('argument should be a str or an os.PathLike object where '
                                f"__fspath__ returns a str, not {type(t).__name__!r}")
            texts.append(t)
        root = ''
        tail = []
        for t in texts:
            r, parts = _split(t)
            if r:
                root = r
                tail = list(parts)
            else:
                tail.extend(parts)
        self._root = root
        self._tail = tuple(tail)
        self._str = None
        self._hash = None

    def _make(self, root, tail):
        p = object.__new__(type(self))
        p._root = root
        p._tail = tuple(tail)
        p._str = None
        p._hash = None
        return p

    def with_segments(self, *args):
        return type(self)(*args)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._tail)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return f'{type(self).__name__}({self.as_posix()!r})'

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError('relative path can\'t be expressed as a file URI')
        return 'file://' + ''.join(
            c if c.isalnum() or c in '/-._~!$&\'()*+,;=:@' else
            ''.join(f'%{b:02X}' for b in c.encode()) for c in str(self))

    def _key(self):
        return (self._root, self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath) or type(other)._flavour is not type(self)._flavour:
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _cmp_parts(self, other):
        if not isinstance(other, PurePath) or type(other)._flavour is not type(self)._flavour:
            return None
        return self._tail if not self._root else ('',) + self._tail, \
            other._tail if not other._root else ('',) + other._tail

    def __lt__(self, other):
        pair = self._cmp_parts(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._cmp_parts(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._cmp_parts(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._cmp_parts(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def __reduce__(self):
        return (type(self), (str(self),))

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._tail

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._make(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        if not name or '/' in name or name == '.':
            raise ValueError(f'Invalid name {name!r}')
        return self._make(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        suffix = self.suffix
        if not suffix:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f'{self!r} has a non-empty suffix')
        return self.with_name(stem + suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError(f'Invalid suffix {suffix!r}')
        name = self.name
        if not name:
            raise ValueError(f'{self!r} has an empty name')
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self.with_name(base + suffix)

    def relative_to(self, other, *_deprecated, walk_up=False):
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        if self._root != other._root:
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
        n = len(other._tail)
        if self._tail[:n] == other._tail:
            return self._make('', self._tail[n:])
        if not walk_up:
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
        common = 0
        while common < min(n, len(self._tail)) and self._tail[common] == other._tail[common]:
            common += 1
        if '..' in other._tail[common:]:
            raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        return self._make('', ('..',) * (n - common) + self._tail[common:])

    def is_relative_to(self, other, *_deprecated):
        if not isinstance(other, PurePath):
            other = self.with_segments(other, *_deprecated)
        return self._root == other._root and self._tail[:len(other._tail)] == other._tail

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def match(self, path_pattern, *, case_sensitive=None):
        pat = path_pattern if isinstance(path_pattern, PurePath) else \
            self.with_segments(path_pattern)
        if not pat._tail and not pat._root:
            raise ValueError('empty pattern')
        if pat._root:
            if pat._root != self._root or len(pat._tail) != len(self._tail):
                return False
        elif len(pat._tail) > len(self._tail):
            return False
        for part, p in zip(reversed(self._tail), reversed(pat._tail)):
            if not _fnmatch(part, p, case_sensitive is not False):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        pat = pattern if isinstance(pattern, PurePath) else self.with_segments(pattern)
        return _match_parts(list(self.parts), list(pat.parts), case_sensitive is not False)


class _Parents:
    """The sequence of a path's ancestors, nearest first."""

    __slots__ = ('_path',)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._tail)

    def __getitem__(self, i):
        n = len(self)
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(n)))
        if i >= n or i < -n:
            raise IndexError(i)
        if i < 0:
            i += n
        p = self._path
        return p._make(p._root, p._tail[:n - i - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return f'<{type(self._path).__name__}.parents>'


def _fnmatch(name, pattern, case_sensitive=True):
    if not case_sensitive:
        name = name.lower()
        pattern = pattern.lower()
    return _glob_match(name, 0, pattern, 0)


def _glob_match(s, i, p, j):
    # *, ? and [...] (with ! for negation), by backtracking
    while j < len(p):
        c = p[j]
        if c == '*':
            while j < len(p) and p[j] == '*':
                j += 1
            if j == len(p):
                return True
            for k in range(i, len(s) + 1):
                if _glob_match(s, k, p, j):
                    return True
            return False
        if i >= len(s):
            return False
        if c == '?':
            i += 1
            j += 1
            continue
        if c == '[':
            end = p.find(']', j + 2 if p[j + 1:j + 2] in ('!', ']') else j + 1)
            if end > 0:
                body = p[j + 1:end]
                negate = body.startswith('!')
                if negate:
                    body = body[1:]
                hit = False
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == '-':
                        if body[k] <= s[i] <= body[k + 2]:
                            hit = True
                        k += 3
                    else:
                        if body[k] == s[i]:
                            hit = True
                        k += 1
                if hit == negate:
                    return False
                i += 1
                j = end + 1
                continue
        if s[i] != c:
            return False
        i += 1
        j += 1
    return i == len(s)


def _match_parts(parts, pats, cs):
    if not pats:
        return not parts
    if pats[0] == '**':
        return any(_match_parts(parts[k:], pats[1:], cs) for k in range(len(parts) + 1))
    return bool(parts) and _fnmatch(parts[0], pats[0], cs) and \
        _match_parts(parts[1:], pats[1:], cs)


class PurePosixPath(PurePath):
    """A POSIX path, with no file system access."""
    __slots__ = ()
    _flavour = posixpath


PurePath._flavour = posixpath


class PureWindowsPath(PurePath):
    """Windows paths are not supported on pyjit (it runs on POSIX systems only)."""
    __slots__ = ()
    _flavour = None

    def __init__(self, *args):
        raise UnsupportedOperation('PureWindowsPath is not supported on pyjit')


class Path(PurePath):
    """A path of the file system, with its operations."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(os.fspath(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self) if follow_symlinks else os.path.lexists(self)

    def is_dir(self, *, follow_symlinks=True):
        return os.path.isdir(self)

    def is_file(self, *, follow_symlinks=True):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def is_junction(self):
        return False

    def is_socket(self):
        return False

    def is_fifo(self):
        return False

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open('r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        data = bytes(memoryview(data))
        with self.open('wb') as f:
            return f.write(data)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make(self._root, self._tail + (name,))

    def _walk_all(self):
        # every path under this directory, breadth by directory, depth first
        for name in sorted(os.listdir(self)):
            child = self._make(self._root, self._tail + (name,))
            yield child
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_all()

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        if not pattern:
            raise ValueError(f'Unacceptable pattern: {pattern!r}')
        pats = [p for p in pattern.split('/') if p and p != '.']
        if pattern.startswith('/'):
            raise NotImplementedError('Non-relative patterns are unsupported')
        dir_only = pattern.endswith('/')
        yield from self._glob(pats, case_sensitive is not False, dir_only)

    def _glob(self, pats, cs, dir_only):
        if not pats:
            if not dir_only or self.is_dir():
                yield self
            return
        head, rest = pats[0], pats[1:]
        if head == '**':
            # this directory and every one below it, each matched against the rest
            seen = set()
            for p in [self] + [q for q in self._walk_all() if q.is_dir()]:
                for r in p._glob(rest, cs, dir_only):
                    key = str(r)
                    if key not in seen:
                        seen.add(key)
                        yield r
            return
        if head == '..':
            yield from self._make(self._root, self._tail + ('..',))._glob(rest, cs, dir_only)
            return
        try:
            names = os.listdir(self)
        except OSError:
            return
        wild = any(c in head for c in '*?[')
        for name in names:
            if (wild and _fnmatch(name, head, cs)) or (not wild and (name == head if cs else name.lower() == head.lower())):
                child = self._make(self._root, self._tail + (name,))
                if rest and not child.is_dir():
                    continue
                yield from child._glob(rest, cs, dir_only)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        return self.glob('**/' + pattern, case_sensitive=case_sensitive)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for root, dirs, files in os.walk(self, top_down, on_error, follow_symlinks):
            yield self.with_segments(root), dirs, files

    def absolute(self):
        if self._root:
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        real = os.path.realpath(self, strict=strict)
        return self.with_segments(real)

    def owner(self, *, follow_symlinks=True):
        raise UnsupportedOperation('Path.owner() is unsupported on pyjit')

    def group(self, *, follow_symlinks=True):
        raise UnsupportedOperation('Path.group() is unsupported on pyjit')

    def readlink(self):
        target = os.readlink(self)
        return self.with_segments(target)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            os.utime(self)
            return
        with open(self, 'a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            # make the missing ancestors first, then try this one again
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def lchmod(self, mode):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def expanduser(self):
        if self._tail and self._tail[0].startswith('~') and not self._root:
            expanded = os.path.expanduser(self._tail[0])
            if expanded.startswith('~'):
                raise RuntimeError('Could not determine home directory.')
            return self.with_segments(expanded, *self._tail[1:])
        return self

    @classmethod
    def from_uri(cls, uri):
        if not uri.startswith('file:'):
            raise ValueError(f'URI does not start with \'file:\': {uri!r}')
        path = uri[5:]
        if path.startswith('//localhost/'):
            path = path[11:]
        elif path.startswith('//'):
            path = path[2:]
        return cls(path)


class PosixPath(Path, PurePosixPath):
    """A POSIX file system path."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported on pyjit."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation(f'cannot instantiate {cls.__name__!r} on your system')
