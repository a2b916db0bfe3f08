"""Printing and extracting tracebacks (pyjit's traceback module).

An exception's traceback is formatted by the interpreter's own printer (through
_pyjit_traceback), so format_exception and print_exc give exactly the text of an uncaught
exception: carets, chained exceptions, notes and exception groups. Stack summaries
(extract_tb, extract_stack) are built here; an entry from a traceback keeps the source
text and carets the printer made for it, an entry from a live frame shows its line only.
"""

import sys
import _pyjit_traceback
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb',
           'print_list']

_sentinel = object()


def _exception_of(exc, value, tb):
    # the 3.10 signature: (exc) or the old (etype, value, tb)
    if value is _sentinel:
        return exc
    return value


def _split_entries(text):
    # the printer's text as CPython's list: the header, one string per "File" entry
    # (its source lines included), then the exception lines
    chunks = []
    for line in text.splitlines(keepends=True):
        if line.startswith('  File ') or line.startswith('    ') and chunks \
                and chunks[-1].startswith('  File '):
            if line.startswith('  File '):
                chunks.append(line)
            else:
                chunks[-1] += line
        else:
            chunks.append(line)
    return chunks


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    e = _exception_of(exc, value, tb)
    if e is None:
        return ['NoneType: None\n']
    if tb is not _sentinel and tb is not e.__traceback__:
        # an explicit traceback (logging's exc_info tuples) replaces the exception's own
        return list(TracebackException(type(e), e, tb, limit=limit).format(chain=chain))
    if limit is not None:
        return list(TracebackException(type(e), e, e.__traceback__, limit=limit)
                    .format(chain=chain))
    return _split_entries(_pyjit_traceback.format(e, chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    e = exc if value is _sentinel else value
    if e is None:
        return ['NoneType: None\n']
    if not isinstance(e, BaseException):
        return [f'{type(e).__name__}: {e}\n'] if value is not _sentinel else \
            [f'{exc.__name__}: {value}\n']
    return _pyjit_traceback.format_only(e).splitlines(keepends=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    if file is None:
        file = sys.stderr
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    current = sys.exception()
    print_exception(current, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_exc') and not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    e = getattr(sys, 'last_exc', None) or sys.last_value
    print_exception(e, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One entry of a stack: file, line number, function name and source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_line', 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno if end_lineno is not None else lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._text = None
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def _as_tuple(self):
        # the old 4-tuple view of a frame entry: (filename, lineno, name, line)
        return self.filename, self.lineno, self.name, self.line

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, formatted as a traceback's entries."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        if limit is not None:
            result[:] = result[:limit] if limit >= 0 else result[limit:]
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                fname, number, func, text = frame
                result.append(FrameSummary(fname, number, func, line=text))
        return result

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        row = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
        if fs._text is not None:
            row += fs._text
        elif fs.line:
            row += f'    {fs.line}\n'
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                row += f'    {name} = {value}\n'
        return row

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    n = count - 3
                    result.append(f'  [Previous line repeated {n} more '
                                  f'time{"s" if n > 1 else ""}]\n')
                last = key
                count = 1
            result.append(self.format_frame_summary(fs))
        if count > 3:
            n = count - 3
            result.append(f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n')
        return result


def _tb_summary(tb, limit=None):
    result = StackSummary()
    for filename, lineno, name, text in _pyjit_traceback.entries(tb):
        fs = FrameSummary(filename, lineno, name, lookup_line=False)
        fs._text = text or None
        result.append(fs)
    if limit is not None:
        result[:] = result[:limit] if limit >= 0 else result[limit:]
    return result


def extract_tb(tb, limit=None):
    return _tb_summary(tb, limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    summary = extract_tb(tb, limit=limit)
    return summary.format()


def print_tb(tb, limit=None, file=None):
    summary = extract_tb(tb, limit=limit)
    print_list(summary, file=file)


def format_stack(f=None, limit=None):
    frame = sys._getframe().f_back if f is None else f
    return format_list(extract_stack(frame, limit=limit))


def print_stack(f=None, limit=None, file=None):
    frame = sys._getframe().f_back if f is None else f
    print_list(extract_stack(frame, limit=limit), file=file)


def clear_frames(tb):
    pass


class TracebackException:
    """An exception ready to be formatted: its type, message, stack, cause and context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._limit = limit
        self._own_tb = exc_value is not None and exc_traceback is exc_value.__traceback__
        self.exc_type = exc_type
        self.exc_type_str = exc_type.__qualname__ if exc_type else None
        self.stack = _tb_summary(exc_traceback, limit)
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context,
                                                      context.__traceback__, limit=limit,
                                                      _seen=_seen)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        tb = exc.__traceback__
        return cls(type(exc), exc, tb, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        if self._exc is None:
            yield ''.join(format_exception_only(self.exc_type, None))
            return
        yield from _pyjit_traceback.format_only(self._exc).splitlines(keepends=True)

    def format(self, *, chain=True, _ctx=None):
        if chain and self._limit is None and self._own_tb:
            yield from _split_entries(_pyjit_traceback.format(self._exc, True))
            return
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield ('\nThe above exception was the direct cause of the following '
                       'exception:\n\n')
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield ('\nDuring handling of the above exception, another exception '
                       'occurred:\n\n')
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return f'<exception str() failed>'
