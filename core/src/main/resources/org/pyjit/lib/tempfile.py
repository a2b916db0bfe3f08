"""Temporary files and directories for pyjit: gettempdir, mkdtemp, mkstemp,
TemporaryDirectory, NamedTemporaryFile and TemporaryFile.

Names are the prefix, 8 random characters and the suffix, made with os.urandom and
created exclusively (O_EXCL semantics through mkdir and open mode 'x'), retried on a
clash. mkstemp returns (None, name): pyjit has no file descriptors, so the first item is
not an fd (a documented gap).
"""

import os as _os

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile',
           'TemporaryDirectory', 'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix',
           'tempdir', 'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    return ''.join(_CHARS[b % len(_CHARS)] for b in _os.urandom(8))


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(name)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = '/tmp' if _os.path.isdir('/tmp') else _os.getcwd()
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _candidates(suffix, prefix, dir):
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ''
    for _ in range(TMP_MAX):
        yield _os.path.join(dir, prefix + _random_name() + suffix)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    for name in _candidates(suffix, prefix, dir):
        try:
            _os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(name)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    for name in _candidates(suffix, prefix, dir):
        try:
            open(name, 'x').close()
        except FileExistsError:
            continue
        return None, _os.path.abspath(name)


def mktemp(suffix='', prefix=template, dir=None):
    for name in _candidates(suffix, prefix, dir):
        if not _os.path.exists(name):
            return name


def _remove_tree(path):
    for root, dirs, files in _os.walk(path, topdown=False):
        for name in files:
            _os.remove(_os.path.join(root, name))
        for name in dirs:
            full = _os.path.join(root, name)
            if _os.path.islink(full):
                _os.remove(full)
            else:
                _os.rmdir(full)
    _os.rmdir(path)


class TemporaryDirectory:
    """A directory made at construction and removed with its contents on cleanup."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._closed = False

    def __repr__(self):
        return f'<{type(self).__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._closed:
            return
        self._closed = True
        try:
            _remove_tree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise


class _TemporaryFileWrapper:
    """A file object with a name, removed when it is closed (delete=True)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._delete = delete
        self._delete_on_close = delete_on_close
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.file.close()
        if self._delete:
            self._remove()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        self.file.close()
        if self._delete and self._delete_on_close:
            self._remove()

    def _remove(self):
        if not self._removed:
            self._removed = True
            try:
                _os.remove(self.name)
            except FileNotFoundError:
                pass

    def __repr__(self):
        return f'<tempfile._TemporaryFileWrapper file={self.file!r}>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    _, name = mkstemp(suffix, prefix, dir)
    file = open(name, mode.replace('x', 'w') if 'x' in mode else mode, buffering,
                encoding=encoding, errors=errors, newline=newline)
    return _TemporaryFileWrapper(file, name, delete=delete, delete_on_close=delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                              errors=errors)


SpooledTemporaryFile = TemporaryFile
