"""Path operations with POSIX semantics (os.path on pyjit).

Pure string manipulation for str and bytes paths, plus the file tests, which ask the
posix module and return False rather than raise for a path that cannot be examined.
"""

import posix

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'splitroot', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime',
           'getctime', 'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount',
           'expanduser', 'expandvars', 'normpath', 'abspath', 'samefile', 'sameopenfile',
           'samestat', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath',
           'isjunction', 'isdevdrive']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    import os
    return os.fspath(p)


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _same_kind(funcname, parts):
    # the TypeError CPython gives for a part that is not a path, or str mixed with bytes
    kinds = set()
    for part in parts:
        if not isinstance(part, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike '
                            f'object, not {type(part).__name__!r}') from None
        kinds.add(type(part))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def _maybe_fspath(p):
    # a part as a path when it is one; anything else is left for _same_kind to reject
    return _fspath(p) if isinstance(p, (str, bytes)) or hasattr(type(p), '__fspath__') else p


def join(a, *p):
    parts = [_maybe_fspath(a)] + [_maybe_fspath(x) for x in p]
    _same_kind('join', parts)
    sep = _sep(parts[0])
    result = parts[0]
    for part in parts[1:]:
        if part[:1] == sep:
            result = part  # an absolute part starts over
        elif result and result[-1:] != sep:
            result = result + sep + part
        else:
            result = result + part
    return result


def split(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    dot = b'.' if isinstance(p, bytes) else '.'
    name_start = p.rfind(_sep(p)) + 1
    last_dot = p.rfind(dot)
    # an extension needs a dot after the name's leading dots (".bashrc" has none)
    if last_dot > name_start and p[name_start:last_dot].strip(dot):
        return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    p = _fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    elif p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    else:
        return empty, p[:2], p[2:]


def basename(p):
    p = _fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    items = list(m) if isinstance(m[0], (list, tuple)) else [_fspath(x) for x in m]
    lo, hi = min(items), max(items)
    n = 0
    while n < len(lo) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def exists(path):
    return posix._exists(path)


def lexists(path):
    try:
        posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isdir(s):
    return posix._isdir(s)


def isfile(path):
    return posix._isfile(path)


def islink(path):
    return posix._islink(path)


def isjunction(path):
    _fspath(path)
    return False


def isdevdrive(path):
    return False


def ismount(path):
    path = abspath(_fspath(path))
    if islink(path):
        return False
    try:
        s1 = posix.lstat(path)
        s2 = posix.lstat(join(path, b'..' if isinstance(path, bytes) else '..'))
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def getsize(filename):
    return posix.stat(filename)[6]


def getmtime(filename):
    return posix.stat(filename)[8]


def getatime(filename):
    return posix.stat(filename)[7]


def getctime(filename):
    return posix.stat(filename)[9]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    a = posix.stat(f1)
    b = posix.stat(f2)
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    raise OSError('sameopenfile is not supported on pyjit')


def expanduser(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        tilde = b'~'
    else:
        tilde = '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = posix.environ.get('HOME')
        if home is None:
            return path
    else:
        return path  # other users' home directories: no password database on pyjit
    if isinstance(path, bytes):
        home = home.encode()
    root = b'/' if isinstance(path, bytes) else '/'
    home = home.rstrip(root)
    return (home + path[i:]) or root


def expandvars(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        dollar, lbrace, rbrace = b'$', b'{', b'}'
        environ = {k.encode(): v.encode() for k, v in _environ().items()}
    else:
        if '$' not in path:
            return path
        dollar, lbrace, rbrace = '$', '{', '}'
        environ = _environ()
    i = 0
    out = path[:0]
    n = len(path)
    while i < n:
        c = path[i:i + 1]
        if c != dollar:
            out += c
            i += 1
            continue
        if path[i + 1:i + 2] == lbrace:
            j = path.find(rbrace, i + 2)
            if j < 0:
                out += path[i:]
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j:j + 1].isalnum() or path[j:j + 1] in (b'_', '_')):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in environ:
            out += environ[name]
        else:
            out += path[i:end]
        i = end if end > i else i + 1
    return out


def _environ():
    import os
    return os.environ


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if not path:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps)
                or (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep * initial_slashes + sep.join(new_comps)
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    if isinstance(filename, bytes):
        return posix._realpath(filename.decode()).encode()
    if strict:
        posix.stat(filename)
    return posix._realpath(filename)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    start = ('.' if isinstance(path, str) else b'.') if start is None else _fspath(start)
    _same_kind('relpath', [path, start])
    sep = _sep(path)
    here = [c for c in abspath(start).split(sep) if c]
    there = [c for c in abspath(path).split(sep) if c]
    shared = len(commonprefix([here, there]))
    up = (b'..' if isinstance(path, bytes) else '..',) * (len(here) - shared)
    rest = list(up) + there[shared:]
    return join(*rest) if rest else path[:0] + (b'.' if isinstance(path, bytes) else '.')


def commonpath(paths):
    paths = [_fspath(x) for x in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    _same_kind('commonpath', paths)
    sep = _sep(paths[0])
    dot = b'.' if isinstance(paths[0], bytes) else '.'
    rooted = {x[:1] == sep for x in paths}
    if len(rooted) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    comps = [[c for c in x.split(sep) if c and c != dot] for x in paths]
    shared = commonprefix(comps)
    return (sep if rooted.pop() else sep[:0]) + sep.join(shared)
