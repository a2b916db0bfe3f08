"""Source lines of files by name, as tracebacks and warnings show them (pyjit's linecache).

Lines come from the interpreter, which reads files from disk and pyjit's own library from
the jar, and are kept until clearcache() or checkcache() drops them.
"""

import _pyjit_traceback

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename]
    # '<string>' is -c's code, which CPython 3.13 keeps for tracebacks and warnings (the
    # interpreter has it); other '<...>' names have no lines
    if not filename or (filename.startswith('<') and filename.endswith('>')
                        and filename != '<string>'):
        return []
    lines = _pyjit_traceback.source_lines(filename)
    if lines is None:
        return []
    cache[filename] = lines
    return lines


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    cache.clear()


def checkcache(filename=None):
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    return getlines(filename, module_globals)


def lazycache(filename, module_globals):
    return False
