"""shutil for pyjit: copying files with or without their mode and times, copying and
removing trees, moving, which, disk_usage and get_terminal_size, with CPython 3.13's
behaviour and errors. Archives (make_archive, unpack_archive) and chown are not here
(docs/stdlib/common.md); rmtree is the version without directory descriptors
(rmtree.avoids_symlink_attacks is False, as on platforms without them).
"""

import os
import sys
import stat
import fnmatch
import collections

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat",
           "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination are the same file."""


class SpecialFileError(OSError):
    """A named pipe or other special file where a regular file was wanted."""


class ExecError(OSError):
    """A command could not be executed."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """A problem with the registry of archive formats."""


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            mine, theirs = src.stat(), os.stat(dst)
            return os.path.samestat(mine, theirs)
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    if isinstance(fn, os.DirEntry):
        return fn.stat()
    return os.stat(fn)


def _islink(fn):
    if isinstance(fn, os.DirEntry):
        return fn.is_symlink()
    return os.path.islink(fn)


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for i, fn in enumerate([src, dst]):
        try:
            st = _stat(fn)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            fn = fn.path if isinstance(fn, os.DirEntry) else fn
            raise SpecialFileError("`%s` is a named pipe" % fn)
    if _islink(src) and not follow_symlinks:
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    both_links = _islink(src) and os.path.islink(dst)
    if both_links and not follow_symlinks:
        return  # no lchmod here, as on Linux
    st = _stat(src) if follow_symlinks else os.lstat(src)
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    both_links = _islink(src) and os.path.islink(dst)
    if both_links and not follow_symlinks:
        return
    st = _stat(src) if follow_symlinks else os.lstat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _target(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    dst = _target(src, dst)
    for step in (copyfile, copymode):
        step(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    dst = _target(src, dst)
    for step in (copyfile, copystat):
        step(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    with os.scandir(src) as it:
        entries = list(it)
    skipped = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else ()
    os.makedirs(dst, 0o777, dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in skipped:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(srcname, dstname, follow_symlinks=False)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(linkto):
                    continue
            if entry.is_dir():
                copytree(srcname, dstname, symlinks=symlinks, ignore=ignore,
                         copy_function=copy_function,
                         ignore_dangling_symlinks=ignore_dangling_symlinks,  # likewise
                         dirs_exist_ok=dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, '%s' % why))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _rmtree_below(path, onexc):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except FileNotFoundError:
        return
    except OSError as err:
        onexc(os.scandir, path, err)
        return
    for entry in entries:
        full = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_below(full, onexc)
        remove = os.rmdir if is_dir else os.unlink
        try:
            remove(full)
        except FileNotFoundError:
            pass
        except OSError as err:
            onexc(remove, full, err)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    if ignore_errors:
        def onexc(*args):
            pass
    elif onexc is None:
        if onerror is None:
            def onexc(func, path, exc):
                raise exc
        else:
            def onexc(func, path, exc):
                info = (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)
                return onerror(func, path, info)
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        st = os.lstat(path)
    except OSError as err:
        onexc(os.lstat, path, err)
        return
    if stat.S_ISLNK(st.st_mode):
        try:
            raise OSError(None, None, path)  # CPython 3.13's error for a link to a directory
        except OSError as err:
            onexc(os.path.islink, path, err)
        return
    _rmtree_below(path, onexc)
    try:
        os.rmdir(path)
    except FileNotFoundError:
        pass
    except OSError as err:
        onexc(os.rmdir, path, err)


rmtree.avoids_symlink_attacks = False


def _basename(path):
    path = os.fspath(path)
    seps = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(seps))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        if not os.path.islink(src) and _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    use_bytes = isinstance(cmd, bytes)
    dirname, cmd = os.path.split(cmd)
    if dirname:
        dirs = [dirname]
    else:
        if path is None:
            path = os.environ.get("PATH", None)
            if path is None:
                path = os.defpath
        if not path:
            return None
        if use_bytes:
            dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
        else:
            dirs = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for directory in dirs:
        key = os.path.normcase(directory)
        if key in seen:
            continue
        seen.add(key)
        name = os.path.join(directory, cmd)
        if _access_check(name, mode):
            return name
    return None


_ntuple_diskusage = collections.namedtuple('usage', ['total', 'used', 'free'])


def disk_usage(path):
    import posix
    total, used, free = posix._disk_usage(path)
    return _ntuple_diskusage(total=total, used=used, free=free)


def get_terminal_size(fallback=(80, 24)):
    def env_int(name):
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            return 0
    columns = env_int('COLUMNS')
    lines = env_int('LINES')
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (OSError, AttributeError, ValueError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size([columns, lines])


def chown(path, user=None, group=None, *, dir_fd=None, follow_symlinks=True):
    raise NotImplementedError("shutil.chown is not supported by pyjit")


def _no_archives(*args, **kwargs):
    raise NotImplementedError("archives (zipfile, tarfile) are not supported by pyjit")


make_archive = unpack_archive = register_archive_format = _no_archives
unregister_archive_format = register_unpack_format = unregister_unpack_format = _no_archives


def get_archive_formats():
    return []


def get_unpack_formats():
    return []
