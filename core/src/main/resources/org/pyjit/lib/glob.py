"""glob for pyjit: the paths matching a shell pattern (glob, iglob, recursive '**', hidden
files, root_dir), escape, has_magic and translate, as CPython 3.13's. dir_fd is accepted
only as None (pyjit's os has no directory descriptors).
"""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "translate"]

_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    found = iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                  include_hidden=include_hidden)
    return list(found)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if dir_fd is not None:
        raise NotImplementedError("glob with dir_fd is not supported by pyjit")
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _walk(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and pathname[:2] in ('**', b'**'):
        # the pattern's own empty match ('' for '**') is not a path
        return (p for p in found if p)
    return found


def has_magic(s):
    return (_MAGIC_BYTES if isinstance(s, bytes) else _MAGIC).search(s) is not None


def _hidden(name):
    return name[0] in ('.', 46)


def _recursive(pattern):
    return pattern in ('**', b'**')


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _walk(pathname, root_dir, recursive, dirs_only, include_hidden):
    dirname, basename = os.path.split(pathname)  # the last part may hold a pattern
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _recursive(basename):
            yield from _in_tree(root_dir, basename, dirs_only, include_hidden)
        else:
            yield from _matching(root_dir, basename, dirs_only, include_hidden)
        return
    if has_magic(dirname) and dirname != pathname:
        parents = _walk(dirname, root_dir, recursive, True, include_hidden)
    else:
        parents = [dirname]
    if not has_magic(basename):
        search = _literal
    elif recursive and _recursive(basename):
        search = _in_tree
    else:
        search = _matching
    for parent in parents:
        for name in search(_join(root_dir, parent), basename, dirs_only, include_hidden):
            yield os.path.join(parent, name)


def _names(dirname, dirs_only):
    try:
        with os.scandir(dirname or (b'.' if isinstance(dirname, bytes) else '.')) as entries:
            found = []
            for entry in entries:
                try:
                    if not dirs_only or entry.is_dir():
                        found.append(os.fsencode(entry.name) if isinstance(dirname, bytes)
                                     else entry.name)
                except OSError:
                    pass
            return found
    except OSError:
        return []


def _matching(dirname, pattern, dirs_only, include_hidden):
    names = _names(dirname, dirs_only)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _literal(dirname, basename, dirs_only, include_hidden):
    if basename:
        return [basename] if os.path.lexists(_join(dirname, basename)) else []
    return [basename] if os.path.isdir(dirname) else []


def _in_tree(dirname, pattern, dirs_only, include_hidden):
    if not dirname or os.path.isdir(dirname):
        yield pattern[:0]
    yield from _below(dirname, dirs_only, include_hidden)


def _below(dirname, dirs_only, include_hidden):
    for name in _names(dirname, dirs_only):
        if include_hidden or not _hidden(name):
            yield name
            inner = _join(dirname, name) if dirname else name
            for deeper in _below(inner, dirs_only, include_hidden):
                yield _join(name, deeper)


def glob0(dirname, pattern):
    return _literal(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _matching(dirname, pattern, False, False)


def escape(pathname):
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        return drive + _MAGIC_BYTES.sub(br'[\1]', rest)
    return drive + _MAGIC.sub(r'[\1]', rest)


def translate(pat, *, recursive=False, include_hidden=False, seps=None):
    if not seps:
        seps = (os.path.sep, os.path.altsep) if os.path.altsep else os.path.sep
    quoted = ''.join(map(re.escape, seps))
    any_sep = '[%s]' % quoted if len(seps) > 1 else quoted
    not_sep = '[^%s]' % quoted
    if include_hidden:
        last_segment = not_sep + '+'
        segment = last_segment + any_sep
        segments = '(?:.+%s)?' % any_sep
        last_segments = '.*'
    else:
        last_segment = '[^%s.]%s*' % (quoted, not_sep)
        segment = last_segment + any_sep
        segments = '(?:%s)*' % segment
        last_segments = '%s(?:%s)?' % (segments, last_segment)
    out = []
    parts = re.split(any_sep, pat)
    last = len(parts) - 1
    for index, part in enumerate(parts):
        if part == '*':
            out.append(segment if index < last else last_segment)
        elif recursive and part == '**':
            if index < last:
                if parts[index + 1] != '**':
                    out.append(segments)
            else:
                out.append(last_segments)
        else:
            if part:
                if part[0] in '*?' and not include_hidden:
                    out.append(r'(?!\.)')
                out.extend(fnmatch._pieces(part, not_sep + '*', not_sep))
            if index < last:
                out.append(any_sep)
    return '(?s:' + ''.join(out) + ')\\Z'


magic_check = _MAGIC
magic_check_bytes = _MAGIC_BYTES
