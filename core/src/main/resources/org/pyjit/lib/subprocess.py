"""subprocess for pyjit: Popen, run, call, check_call, check_output, getoutput and
getstatusoutput, with CPython 3.13's arguments, results and exceptions. Children are
started by the JVM (_subprocess: java.lang.ProcessBuilder), so the arguments Java cannot
honour (preexec_fn, pass_fds, user/group, umask, start_new_session, file descriptors as
streams other than 0-2) are accepted only with their default values; a stream may be
None, PIPE, DEVNULL, STDOUT (stderr only) or a file object with a name (the child writes
to that file; its Python buffer is flushed first). See docs/stdlib/common.md.
"""

import os
import sys
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call",
           "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_mswindows = False


class SubprocessError(Exception):
    pass


def _signal_name(n):
    names = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 6: 'SIGABRT', 9: 'SIGKILL',
             11: 'SIGSEGV', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}
    return names.get(n)


def _set_output(self, value):
    self.output = value


# CalledProcessError's and TimeoutExpired's stdout: another name for their output
_stdout_alias = property(lambda self: self.output, _set_output)


class CalledProcessError(SubprocessError):
    """A process run by check_call, check_output or run(check=True) exited with an error."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode is not None and self.returncode < 0:
            name = _signal_name(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name,
                                                                 -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _stdout_alias


class TimeoutExpired(SubprocessError):
    """A process did not end within its timeout."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _stdout_alias


class CompletedProcess(object):
    """What run() returns: the arguments, the exit status and the captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        shown = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            shown.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            shown.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(shown))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _PipeReader:
    """The parent's end of a child's stdout or stderr pipe."""

    def __init__(self, handle, which, encoding, errors):
        self._handle = handle
        self._which = which
        self._encoding = encoding
        self._errors = errors
        self.closed = False
        self.name = -1

    def _text(self, data):
        if self._encoding is None:
            return data
        return _translate_newlines(data.decode(self._encoding, self._errors))

    def read(self, size=-1):
        if size is None:
            size = -1
        return self._text(_subprocess.read(self._handle, self._which, size))

    def readline(self):
        return self._text(_subprocess.readline(self._handle, self._which))

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocess.close(self._handle, self._which)

    def readable(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _PipeWriter:
    """The parent's end of a child's stdin pipe."""

    def __init__(self, handle, encoding, errors):
        self._handle = handle
        self._encoding = encoding
        self._errors = errors
        self.closed = False

    def write(self, data):
        if self._encoding is not None:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            count = len(data)
            _subprocess.write(self._handle, data.encode(self._encoding, self._errors))
            return count
        return _subprocess.write(self._handle, data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocess.close(self._handle, 'stdin')

    def writable(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _stream_mode(value, name):
    if value is None:
        return 'inherit'
    if value == PIPE:
        return 'pipe'
    if value == DEVNULL:
        return 'devnull'
    if value == STDOUT:
        if name != 'stderr':
            raise OSError(9, "Bad file descriptor")  # STDOUT (-2) taken as a descriptor
        return 'stdout'
    if isinstance(value, int):
        if value in (0, 1, 2):
            return 'inherit'
        raise OSError(9, "Bad file descriptor")
    if not hasattr(value, 'write' if name != 'stdin' else 'read'):
        raise io_unsupported("fileno")
    if name == 'stdin':
        path = getattr(value, 'name', None)
        if not isinstance(path, str):
            raise io_unsupported("fileno")
        return os.path.abspath(path)
    # the JVM cannot hand a Python file's descriptor to the child: its output comes
    # through a pipe and is written to the file object when the child is waited for
    return 'pipe'


def io_unsupported(what):
    import io
    return io.UnsupportedOperation(what)


def _argv(args, shell, executable):
    if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
        items = [args]
    else:
        items = list(args)
    if shell:
        items = [executable or '/bin/sh', '-c'] + items
    elif executable:
        items[0] = executable
    out = []
    for item in items:
        if isinstance(item, bytes):
            item = os.fsdecode(item)
        elif hasattr(item, '__fspath__'):
            item = os.fspath(item)
            if isinstance(item, bytes):
                item = os.fsdecode(item)
        elif not isinstance(item, str):
            raise TypeError('expected str, bytes or os.PathLike object, not %s'
                            % type(item).__name__)
        if '\0' in item:
            raise ValueError("embedded null byte")
        out.append(item)
    if not out:
        raise IndexError('list index out of range')
    return out


class Popen:
    """A child process and the parent's ends of its pipes."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self._handle = None
        both = text is not None and universal_newlines is not None
        if both and bool(text) != bool(universal_newlines):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines'
                                  ' are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        if preexec_fn is not None or pass_fds or user is not None or group is not None \
                or extra_groups is not None or umask != -1 or start_new_session \
                or process_group is not None:
            raise NotImplementedError("pyjit's subprocess cannot run code in the child "
                                      "or change its ids, umask, session or descriptors")
        argv = _argv(args, shell, executable)
        if cwd is not None:
            cwd = os.path.abspath(os.fsdecode(os.fspath(cwd)))
            if not os.path.isdir(cwd):
                if os.path.exists(cwd):
                    raise NotADirectoryError(20, "Not a directory", cwd)
                raise FileNotFoundError(2, "No such file or directory", cwd)
        if env is not None:
            env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
        modes = (_stream_mode(stdin, 'stdin'), _stream_mode(stdout, 'stdout'),
                 _stream_mode(stderr, 'stderr'))
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, AttributeError, ValueError):
                pass
        # file objects that receive a piped stream when the child is waited for
        self._sinks = [(which, target) for which, target, mode in
                       (('stdout', stdout, modes[1]), ('stderr', stderr, modes[2]))
                       if mode == 'pipe' and target != PIPE]
        self._handle = _subprocess.spawn(argv, cwd, env, *modes)
        self.pid = _subprocess.pid(self._handle)
        enc = None
        errs = None
        if self.text_mode:
            enc = encoding or 'utf-8'
            errs = errors or 'strict'
        self._text = (enc, errs)
        self.stdin = _PipeWriter(self._handle, enc, errs) if modes[0] == 'pipe' else None
        self.stdout = _PipeReader(self._handle, 'stdout', enc, errs) \
            if stdout == PIPE else None
        self.stderr = _PipeReader(self._handle, 'stderr', enc, errs) \
            if stderr == PIPE else None
        self._communicated = False

    def __repr__(self):
        shown = self.args if len(repr(self.args)) <= 80 else repr(self.args)[:76] + "..."
        return f"<{self.__class__.__name__}: returncode: {self.returncode} args: {shown!r}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr, self.stdin):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass
        self.wait()

    def _fill_sinks(self):
        sinks, self._sinks = self._sinks, []
        if not sinks:
            return
        out, err = _subprocess.communicate(self._handle, None, None)
        for which, target in sinks:
            data = out if which == 'stdout' else err
            if data:
                if hasattr(target, 'encoding') and not hasattr(target, 'getbuffer') \
                        and 'b' not in getattr(target, 'mode', 'b'):
                    data = data.decode(target.encoding or 'utf-8',
                                       getattr(target, 'errors', None) or 'strict')
                target.write(data)

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.poll(self._handle)
            if self.returncode is not None:
                self._fill_sinks()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if self._sinks and timeout is None:
            self._fill_sinks()
        code = _subprocess.wait(self._handle, timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        self._fill_sinks()
        return code

    def _decode(self, data, stream):
        if stream is None:
            return None
        enc, errs = self._text
        if enc is None:
            return data
        return _translate_newlines(data.decode(enc, errs))

    def communicate(self, input=None, timeout=None):
        if self._communicated and input:
            raise ValueError("Cannot send input after starting communication")
        if input is not None and self.text_mode and isinstance(input, str):
            input = input.encode(*self._text)
        if input is not None and self.stdin is None:
            input = None
        if self.stdin is not None and self.stdin.closed and not self._communicated:
            input = None
        self._communicated = True
        found = _subprocess.communicate(self._handle, input, timeout)
        if found is None:
            out, err = _subprocess.collected(self._handle)
            raise TimeoutExpired(self.args, timeout,
                                 output=out if self.stdout is not None and out else None,
                                 stderr=err if self.stderr is not None and err else None)
        out, err = found
        if self._sinks:
            for which, target in self._sinks:
                data = out if which == 'stdout' else err
                if data:
                    if 'b' not in getattr(target, 'mode', 'b'):
                        data = data.decode(getattr(target, 'encoding', None) or 'utf-8')
                    target.write(data)
            self._sinks = []
        self.returncode = _subprocess.poll(self._handle)
        if self.returncode is None:
            self.wait()
        for stream in (self.stdin, self.stdout, self.stderr):
            if stream is not None:
                stream.closed = True
        return self._decode(out, self.stdout), self._decode(err, self.stderr)

    def send_signal(self, sig):
        if self.returncode is None:
            _subprocess.signal(self._handle, int(sig))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError('%s argument not allowed, it will be overridden.' % kw)
    if kwargs.get('input', 0) is None:
        text = kwargs.get('universal_newlines') or kwargs.get('text') \
            or kwargs.get('encoding') or kwargs.get('errors')
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if not (kwargs.get('stdout') is None and kwargs.get('stderr') is None):
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    process = Popen(*popenargs, **kwargs)
    with process:
        try:
            stdout, stderr = process.communicate(input=input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()  # the exception keeps the output read so far
            raise
        except:
            process.kill()
            raise
        code = process.poll()
        if check and code:
            raise CalledProcessError(code, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, code, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        status = 0
    except CalledProcessError as ex:
        data = ex.output
        status = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    status, output = getstatusoutput(cmd, encoding=encoding, errors=errors)
    return output


def list2cmdline(seq):
    return ' '.join(seq)
