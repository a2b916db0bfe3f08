"""Runs the interactive examples found in docstrings and text files, and reports the ones
whose output differs from what the text shows.

pyjit's doctest, written for pyjit in Python. The pipeline is CPython's: a DocTestParser
cuts a string into Examples (source, expected output, expected exception); a DocTestFinder
collects one DocTest per docstring of a module, its functions, classes, methods and
__test__ entries, with line numbers found through inspect and linecache; a DocTestRunner
runs each example with exec(compile(..., 'single')) in a copy of the module's globals,
sys.stdout replaced by a StringIO, and an OutputChecker compares what was printed (or
traceback.format_exception_only's text of what was raised) with what was expected. The
reports and the summary are CPython 3.13's texts (without colour). difflib (for the
REPORT_*DIFF flags) and unittest (for DocTestSuite) are imported when first needed. The
debugger entry points (debug, DebugRunner's post-mortem) are not provided, except
DebugRunner itself, which raise_on_error uses.
"""

import sys
import re
import os
import inspect
import linecache
import traceback
import __future__
from io import StringIO

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples',
    'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
    'script_from_examples', 'testsource',
]


class TestResults(tuple):
    """(failed, attempted), with the number of skipped examples as .skipped."""

    _fields = ('failed', 'attempted')

    def __new__(cls, failed, attempted, *, skipped=0):
        self = tuple.__new__(cls, (failed, attempted))
        self.skipped = skipped
        return self

    failed = property(lambda self: self[0])
    attempted = property(lambda self: self[1])

    def _asdict(self):
        return {'failed': self[0], 'attempted': self[1]}

    def __repr__(self):
        text = f'TestResults(failed={self[0]}, attempted={self[1]}'
        if self.skipped:
            text += f', skipped={self.skipped}'
        return text + ')'


# ---------------------------------------------------------------- option flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag named name: a new bit the first time, the same bit afterwards."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


# How outputs are compared (bits 0 to 5), then how failures are reported (6 to 10).
(DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS, SKIP,
 IGNORE_EXCEPTION_DETAIL) = [register_optionflag(n) for n in (
    'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS',
    'SKIP', 'IGNORE_EXCEPTION_DETAIL')]
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST = [
    register_optionflag(n) for n in (
        'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE',
        'FAIL_FAST')]
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---------------------------------------------------------------- small helpers

def _future_flags(namespace):
    # The compiler flags of the __future__ features a namespace has imported.
    flags = 0
    for name in __future__.all_feature_names:
        if namespace.get(name) is getattr(__future__, name):
            flags |= getattr(__future__, name).compiler_flag
    return flags


def _caller_module(module, depth=2):
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ['*'])
    if module is None:
        name = sys._getframe(depth).f_globals.get('__name__')
        return sys.modules.get(name)
    raise TypeError("Expected a module, string, or None")


def _indent(text, width=4):
    """text with width spaces before each line that is not empty."""
    pad = ' ' * width
    return '\n'.join(pad + line if line else line for line in text.split('\n'))


def _traceback_text(exc_info):
    buffer = StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=buffer)
    return buffer.getvalue()


class _CapturedOutput(StringIO):
    """What an example prints; always read back ending with a newline, since an
    expected output cannot show that one is missing."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and text[-1] != '\n':
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


_SpoofOut = _CapturedOutput     # CPython's name, which some test helpers check for


def _ellipsis_match(want, got):
    """Whether got matches want, where each '...' in want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    head, tail = pieces[0], pieces[-1]
    lo, hi = 0, len(got)
    if not got.startswith(head):
        return False
    lo = len(head)
    if not got.endswith(tail):
        return False
    hi -= len(tail)
    if lo > hi:
        return False
    # The middle pieces in order, each at its leftmost place: if that fails, all do.
    for piece in pieces[1:-1]:
        at = got.find(piece, lo, hi)
        if at < 0:
            return False
        lo = at + len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def _exception_name_only(text):
    """The bare exception name of a formatted exception: without its module path and
    without its message (IGNORE_EXCEPTION_DETAIL compares only that)."""
    first = text.split('\n', 1)[0]
    first = first.split(':', 1)[0]
    return first.rpartition('.')[2]


def _module_relative_path(module, path):
    if not inspect.ismodule(module):
        raise TypeError(f'Expected a module: {module!r}')
    if path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    path = os.path.join(*path.split('/'))
    if hasattr(module, '__path__'):
        for folder in module.__path__:
            candidate = os.path.join(folder, path)
            if os.path.exists(candidate):
                return candidate
    if hasattr(module, '__file__'):
        base = os.path.dirname(module.__file__)
    elif module.__name__ == '__main__':
        base = sys.argv[0] and os.path.dirname(sys.argv[0]) or os.curdir
    else:
        raise ValueError(f"Can't resolve paths relative to the module {module!r} "
                         "(it has no __file__)")
    return os.path.join(base, path)


# ---------------------------------------------------------------- examples and tests

class Example:
    """One example: its source (ending with a newline), the output it should print
    (empty or ending with a newline), the exception message it should raise (or None),
    its 0-based line within the docstring, its indentation and its option directives."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and exc_msg[-1:] != '\n':
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the namespace they run in and where the
    docstring comes from (name, filename, 0-based line of its start)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise AssertionError("DocTest no longer accepts str; use DocTestParser instead")
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            shown = 'no examples'
        elif count == 1:
            shown = '1 example'
        else:
            shown = f'{count} examples'
        return f'<{type(self).__name__} {self.name} from {self.filename}:{self.lineno} ({shown})>'

    def _key(self):
        return (self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.name, self.filename, self.lineno, self.docstring))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = (self.name, self.filename, self.lineno if self.lineno is not None else -1, id(self))
        theirs = (other.name, other.filename,
                  other.lineno if other.lineno is not None else -1, id(other))
        return mine < theirs


# ---------------------------------------------------------------- the parser

class DocTestParser:
    """Cuts a string into the examples it shows and the text between them."""

    # An example: a '>>>' line, the '...' lines after it, then the expected output: the
    # lines up to a blank one or the next '>>>'.
    _EXAMPLE_RE = re.compile(r'''
        (?P<source>
            (?:^(?P<indent>[ ]*) >>> .*)
            (?:\n [ ]* \.\.\. .*)*)
        \n?
        (?P<want> (?:(?![ ]*$)(?![ ]*>>>) .+$\n?)*)
        ''', re.MULTILINE | re.VERBOSE)

    # An expected exception: the traceback header, anything indented, then the line
    # (and the ones after it) that traceback.format_exception_only would print.
    _EXCEPTION_RE = re.compile(r"""
        ^(?P<hdr> Traceback\ \((?:most\ recent\ call\ last|innermost\ last)\):)
        \s*$
        (?P<stack> .*?)
        ^(?P<msg> \w+ .*)
        """, re.MULTILINE | re.DOTALL | re.VERBOSE)

    _IS_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$').match

    _OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)

    _INDENT_RE = re.compile(r'^([ ]*)(?=\S)', re.MULTILINE)

    def parse(self, string, name='<string>'):
        """Examples and the strings between them, alternating; examples' line numbers
        are 0-based from the string's start."""
        string = string.expandtabs()
        margin = self._min_indent(string)
        if margin > 0:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        pieces = []
        done = 0
        lineno = 0
        for match in self._EXAMPLE_RE.finditer(string):
            pieces.append(string[done:match.start()])
            lineno += string.count('\n', done, match.start())
            source, options, want, exc_msg = self._parse_example(match, name, lineno)
            if self._IS_BLANK_OR_COMMENT(source) is None:
                pieces.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=margin + len(match.group('indent')),
                                      options=options))
            lineno += string.count('\n', match.start(), match.end())
            done = match.end()
        pieces.append(string[done:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _parse_example(self, match, name, lineno):
        indent = len(match.group('indent'))
        source_lines = match.group('source').split('\n')
        self._check_prompt_blank(source_lines, indent, name, lineno=lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)

        want_lines = match.group('want').split('\n')
        # The last line is what follows the final newline: spaces at most; drop it.
        if len(want_lines) > 1 and want_lines[-1].strip(' ') == '':
            want_lines.pop()
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)

        found = self._EXCEPTION_RE.match(want)
        exc_msg = found.group('msg') if found else None
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for match in self._OPTION_DIRECTIVE_RE.finditer(source):
            for word in match.group(1).replace(',', ' ').split():
                if word[:1] not in ('+', '-') or word[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError(f'line {lineno + 1!r} of the doctest for {name} '
                                     f'has an invalid option: {word!r}')
                options[OPTIONFLAGS_BY_NAME[word[1:]]] = word[0] == '+'
        if options and self._IS_BLANK_OR_COMMENT(source) is not None:
            raise ValueError(f'line {lineno!r} of the doctest for {name} has an option '
                             f'directive on a line with no example: {source!r}')
        return options

    def _min_indent(self, text):
        widths = [len(pad) for pad in self._INDENT_RE.findall(text)]
        return min(widths) if widths else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for offset, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                prompt = line[indent:indent + 3]
                raise ValueError(f'line {lineno + offset + 1!r} of the docstring for {name} '
                                 f'lacks blank after {prompt}: {line!r}')

    def _check_prefix(self, lines, prefix, name, lineno):
        for offset, line in enumerate(lines):
            if line and line[:len(prefix)] != prefix:
                raise ValueError(f'line {lineno + offset + 1!r} of the docstring for {name} '
                                 f'has inconsistent leading whitespace: {line!r}')


# ---------------------------------------------------------------- the finder

class DocTestFinder:
    """Collects the DocTests of an object's docstring and, recursively, of the
    functions, classes, methods and properties it holds that come from the same module."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when "
                                 f"obj.__name__ doesn't exist: {type(obj)!r}")
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = self._source_lines(obj, module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        globs.setdefault('__name__', '__main__')
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, set())
        tests.sort()
        return tests

    def _source_lines(self, obj, module):
        try:
            file = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not file:
            # A '<doctest ...>' name served by a running DocTestRunner's linecache hook.
            file = inspect.getfile(obj)
            if not (file[:1] == '<' and file[-2:] == ']>'):
                return None
        if module is not None:
            lines = linecache.getlines(file, module.__dict__)
        else:
            lines = linecache.getlines(file)
        return lines or None

    def _from_module(self, module, obj):
        if module is None:
            return True
        owner = inspect.getmodule(obj)
        if owner is not None:
            return module is owner
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj) or inspect.ismethodwrapper(obj):
            if hasattr(obj, '__objclass__'):
                return module.__name__ == obj.__objclass__.__module__
            if hasattr(obj, '__module__'):
                return module.__name__ == obj.__module__
            return True
        if inspect.isclass(obj) or hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print(f'Finding tests in {name}')
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines=source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for key, value in list(obj.__dict__.items()):
                if ((self._is_routine(value) or inspect.isclass(value))
                        and self._from_module(module, value)):
                    self._find(tests, value, f'{name}.{key}', module, source_lines, globs, seen)
            extra = getattr(obj, '__test__', {})
            for key, value in extra.items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: "
                                     f"{type(key)!r}")
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     f"functions, methods, classes, or modules: {type(value)!r}")
                self._find(tests, value, f'{name}.__test__.{key}', module, source_lines,
                           globs, seen)
        if inspect.isclass(obj):
            for key, value in list(obj.__dict__.items()):
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if ((inspect.isroutine(value) or inspect.isclass(value)
                        or isinstance(value, property)) and self._from_module(module, value)):
                    self._find(tests, value, f'{name}.{key}', module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if not docstring and self._exclude_empty:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None)
            if not filename:
                filename = module.__name__   # a namespace package's __file__ is None
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    _DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')

    def _find_lineno(self, obj, source_lines):
        """The 0-based line where obj's docstring starts: the first line from obj's own
        start that opens a string."""
        start = None
        doc = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and doc is not None:
            start = 0
        if inspect.isclass(obj) and doc is not None:
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for index, line in enumerate(source_lines):
                if header.match(line):
                    start = index
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.isfunction(obj) and obj.__doc__:
            obj = inspect.unwrap(obj)
            code = getattr(obj, '__code__', None)
            if code is None:
                return None
            obj = code
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            start = obj.co_firstlineno - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        for index in range(start, len(source_lines)):
            if self._DOCSTRING_START.match(source_lines[index]):
                return index
        return None


# ---------------------------------------------------------------- the runner

class DocTestRunner:
    """Runs DocTests, reports each failure as it happens, and counts the examples tried,
    failed and skipped per test name (summarize prints the totals)."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self.skips = 0
        self._stats = {}
        self._fakeout = _CapturedOutput()

    # -- reports

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        text = 'Trying:\n' + _indent(example.source)
        if example.want:
            text += 'Expecting:\n' + _indent(example.want)
        else:
            text += 'Expecting nothing\n'
        out(text)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_traceback_text(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if None not in (test.lineno, example.lineno):
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append(f'File "{test.filename}", line {where}, in {test.name}')
        else:
            lines.append(f'Line {example.lineno + 1}, in {test.name}')
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    # -- running

    def __run(self, test, compileflags, out=None):
        failed = tried = skipped = 0
        base_flags = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            tried += 1
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failed > 0
            self.optionflags = base_flags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                skipped += 1
                continue
            if not quiet:
                self.report_start(out, test, example)
            filename = f'<doctest {test.name}[{number}]>'
            try:
                exec(compile(example.source, filename, 'single', compileflags, True),
                     test.globs)
                raised = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                raised = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)

            if raised is None:
                outcome = 'ok' if check(example.want, got, self.optionflags) else 'failed'
            else:
                lines = traceback.format_exception_only(*raised[:2])
                if issubclass(raised[0], SyntaxError):
                    # Only the message line counts, not the source line and carets.
                    kind = raised[0]
                    prefixes = (f'{kind.__qualname__}:', f'{kind.__module__}.{kind.__qualname__}:')
                    for at, line in enumerate(lines):
                        if line.startswith(prefixes):
                            lines = lines[at:]
                            break
                exc_msg = ''.join(lines)
                if not quiet:
                    got += _traceback_text(raised)
                if example.exc_msg is None:
                    outcome = 'raised'
                elif check(example.exc_msg, exc_msg, self.optionflags) is True:
                    outcome = 'ok'
                elif (self.optionflags & IGNORE_EXCEPTION_DETAIL
                      and check(_exception_name_only(example.exc_msg),
                                _exception_name_only(exc_msg), self.optionflags)):
                    outcome = 'ok'
                else:
                    outcome = 'failed'

            if outcome == 'ok':
                if not quiet:
                    self.report_success(out, test, example, got=got)
            else:
                failed += 1
                if not quiet:
                    if outcome == 'failed':
                        self.report_failure(out, test, example, got=got)
                    else:
                        self.report_unexpected_exception(out, test, example, raised)
            if failed and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._record(test.name, failed, tried, skipped)
        return TestResults(failed, tried, skipped=skipped)

    def _record(self, name, failed, tried, skipped):
        old = self._stats.get(name, (0, 0, 0))
        self._stats[name] = (old[0] + failed, old[1] + tried, old[2] + skipped)
        self.failures += failed
        self.tries += tried
        self.skips += skipped

    _EXAMPLE_FILENAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

    def _example_lines(self, filename, module_globals=None):
        # linecache.getlines while a test runs: the examples' own sources by their
        # '<doctest NAME[N]>' names, so tracebacks show the example's line.
        match = self._EXAMPLE_FILENAME.match(filename)
        if match and match.group('name') == self.test.name:
            example = self.test.examples[int(match.group('examplenum'))]
            return example.source.splitlines(True)
        return self.save_linecache_getlines(filename, module_globals=module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        saved_stdout = sys.stdout
        if out is None:
            encoding = getattr(saved_stdout, 'encoding', None)
            if encoding is None or encoding.lower() in ('utf-8',):
                out = saved_stdout.write
            else:
                def out(text):
                    saved_stdout.write(
                        text.encode(encoding, 'backslashreplace').decode(encoding))
        sys.stdout = self._fakeout
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self._example_lines
        saved_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out=out)
        finally:
            sys.stdout = saved_stdout
            linecache.getlines = self.save_linecache_getlines
            sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    # -- totals

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tried = total_failed = total_skipped = 0
        for name, (failures, tries, skips) in list(self._stats.items()):
            total_tried += tries
            total_failed += failures
            total_skipped += skips
            if tries == 0:
                empty.append(name)
            elif failures == 0:
                passed.append((name, tries))
            else:
                failed.append((name, failures, tries))
        if verbose:
            if empty:
                print(f'{_count_items(len(empty))} had no tests:')
                for name in sorted(empty):
                    print(f'    {name}')
            if passed:
                print(f'{_count_items(len(passed))} passed all tests:')
                for name, tries in sorted(passed):
                    print(f' {tries:3d} test{"" if tries == 1 else "s"} in {name}')
        if failed:
            print(self.DIVIDER)
            print(f'{_count_items(len(failed))} had failures:')
            for name, failures, tries in sorted(failed):
                print(f' {failures:3d} of {tries:3d} in {name}')
        if verbose:
            print(f'{total_tried} test{"" if total_tried == 1 else "s"} in '
                  f'{_count_items(len(self._stats))}.')
            tail = f' and {total_failed} failed' if total_failed else ''
            print(f'{total_tried - total_failed} passed{tail}.')
        if total_failed:
            line = f'***Test Failed*** {total_failed} failure{"" if total_failed == 1 else "s"}'
            if total_skipped:
                line += (f' and {total_skipped} skipped test'
                         f'{"" if total_skipped == 1 else "s"}')
            print(line + '.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failed, total_tried, skipped=total_skipped)

    def merge(self, other):
        for name, counts in other._stats.items():
            failures, tries, skips = counts
            old = self._stats.get(name, (0, 0, 0))
            self._stats[name] = (old[0] + failures, old[1] + tries, old[2] + skips)


def _count_items(n):
    return f'{n} item{"" if n == 1 else "s"}'


# ---------------------------------------------------------------- the output checker

class OutputChecker:
    """Decides whether an example's output matches the expected one under the option
    flags, and describes the difference when it does not."""

    def _toAscii(self, text):
        return text.encode('ASCII', 'backslashreplace').decode('ASCII')

    def check_output(self, want, got, optionflags):
        # Both sides as ASCII, so an escape written in the expected text matches the
        # character printed.
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (want, got) in (('1\n', 'True\n'), ('0\n', 'False\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS and _ellipsis_match(want, got):
            return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags=0):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        # A line-based diff says little about one or two lines.
        return min(want.count('\n'), got.count('\n')) >= 3

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags=optionflags):
            import difflib
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(differ.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            return f'Differences ({kind}):\n' + _indent(''.join(diff))
        if want and got:
            return f'Expected:\n{_indent(want)}Got:\n{_indent(got)}'
        if want:
            return f'Expected:\n{_indent(want)}Got nothing\n'
        if got:
            return f'Expected nothing\nGot:\n{_indent(got)}'
        return 'Expected nothing\n' + 'Got nothing\n'


# ---------------------------------------------------------------- stopping at the first failure

class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output differs (test, example, got)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly (test, example, exc_info)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failure instead of reporting it, and keeps the
    test's globals when it does."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------- entry points

master = None


def _keep_totals(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (default: __main__) and of what it
    defines; returns TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError(f'testmod: module required; {m!r}')
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    kind = DebugRunner if raise_on_error else DocTestRunner
    runner = kind(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs, module=None):
        runner.run(test)
    if report:
        runner.summarize()
    _keep_totals(runner)
    return _totals_of(runner)


def _totals_of(runner):
    counts = runner.failures, runner.tries
    return TestResults(*counts, skipped=runner.skips)


def _read_test_file(filename, package, module_relative, encoding):
    if module_relative:
        package = _caller_module(package, 3)
        filename = _module_relative_path(package, filename)
        loader = getattr(package, '__loader__', None)
        if loader is not None and hasattr(loader, 'get_data'):
            try:
                data = loader.get_data(filename)
            except OSError:
                pass
            else:
                text = data.decode(encoding)
                return text.replace('\r\n', '\n').replace('\r', '\n'), filename
    with open(filename, 'r', encoding=encoding) as stream:
        return stream.read(), filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples in a text file; returns TestResults(failed, attempted)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _read_test_file(filename, package, module_relative, encoding or 'utf-8')
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    globs.setdefault('__name__', '__main__')
    kind = DebugRunner if raise_on_error else DocTestRunner
    runner = kind(verbose=verbose, optionflags=optionflags)
    runner.run(parser.get_doctest(text, globs, name, filename, 0))
    if report:
        runner.summarize()
    _keep_totals(runner)
    return _totals_of(runner)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Runs the examples in f's own docstring (not those of what f holds)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(optionflags=optionflags, verbose=verbose)
    for found in finder.find(f, name, globs=globs):
        runner.run(found, compileflags=compileflags)


# ---------------------------------------------------------------- unittest integration

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags DocTestCase uses when a test gives none; returns the
    previous ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    previous = _unittest_reportflags
    _unittest_reportflags = flags
    return previous


def _unittest_classes():
    # DocTestCase and its relatives subclass unittest's classes, so they are made on the
    # first use: importing doctest does not import unittest.
    global DocTestCase, SkipDocTestCase, DocFileCase, _DocTestSuite
    if '_DocTestSuite' in globals():
        return
    import unittest

    class DocTestCase(unittest.TestCase):
        def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
            unittest.TestCase.__init__(self)
            self._dt_optionflags = optionflags
            self._dt_checker = checker
            self._dt_test = test
            self._dt_setUp = setUp
            self._dt_tearDown = tearDown

        def setUp(self):
            test = self._dt_test
            self._dt_globs = test.globs.copy()
            if self._dt_setUp is not None:
                self._dt_setUp(test)

        def tearDown(self):
            test = self._dt_test
            if self._dt_tearDown is not None:
                self._dt_tearDown(test)
            test.globs.clear()
            test.globs.update(self._dt_globs)

        def runTest(self):
            test = self._dt_test
            report = StringIO()
            flags = self._dt_optionflags
            if not flags & REPORTING_FLAGS:
                flags |= _unittest_reportflags
            runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
            results = runner.run(test, out=report.write, clear_globs=False)
            if results.attempted == results.skipped:
                raise unittest.SkipTest("all examples were skipped")
            if results.failed:
                raise self.failureException(self.format_failure(report.getvalue()))

        def format_failure(self, err):
            test = self._dt_test
            where = 'unknown line number' if test.lineno is None else f'line {test.lineno}'
            last = test.name.split('.')[-1]
            return (f'Failed doctest test for {test.name}\n  File "{test.filename}", '
                    f'{where}, in {last}\n\n{err}')

        def id(self):
            return self._dt_test.name

        def __eq__(self, other):
            if type(self) is not type(other):
                return NotImplemented
            return (self._dt_test == other._dt_test
                    and self._dt_optionflags == other._dt_optionflags
                    and self._dt_setUp == other._dt_setUp
                    and self._dt_tearDown == other._dt_tearDown
                    and self._dt_checker == other._dt_checker)

        def __hash__(self):
            return hash((self._dt_setUp, self._dt_tearDown, self._dt_checker,
                         self._dt_optionflags))

        def __repr__(self):
            parts = self._dt_test.name.split('.')
            return f"{parts[-1]} ({'.'.join(parts[:-1])})"

        __str__ = object.__str__

        def shortDescription(self):
            return 'Doctest: ' + self._dt_test.name

    class SkipDocTestCase(DocTestCase):
        def __init__(self, module):
            self.module = module
            DocTestCase.__init__(self, None)

        def setUp(self):
            reason = "DocTestSuite will not work with -O2 and above"
            self.skipTest(reason)

        def test_skip(self):
            pass

        def shortDescription(self):
            return f"Skipping tests from {self.module.__name__}"

        __str__ = shortDescription

    class _DocTestSuite(unittest.TestSuite):
        def _removeTestAtIndex(self, index):
            pass

    class DocFileCase(DocTestCase):
        def id(self):
            return self._dt_test.name.replace('.', '_')

        def __repr__(self):
            return self._dt_test.filename

        def format_failure(self, err):
            test = self._dt_test
            return (f'Failed doctest test for {test.name}\n  File "{test.filename}", '
                    f'line 0\n\n{err}')

    globals().update(DocTestCase=DocTestCase, SkipDocTestCase=SkipDocTestCase,
                     DocFileCase=DocFileCase, _DocTestSuite=_DocTestSuite)


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test case per docstring of module that has examples."""
    _unittest_classes()
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _caller_module(module)
    tests = test_finder.find(module, None, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            filename = module.__file__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
            test.filename = filename
        case = DocTestCase(test, **options)
        suite.addTest(case)
    return suite


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    _unittest_classes()
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, path = _read_test_file(path, package, module_relative, encoding or 'utf-8')
    globs.setdefault('__file__', path)
    name = os.path.basename(path)
    return DocFileCase(parser.get_doctest(text, globs, name, path, 0), **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one test case per text file."""
    _unittest_classes()
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _caller_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


def __getattr__(name):
    if name in ('DocTestCase', 'SkipDocTestCase', 'DocFileCase'):
        _unittest_classes()
        return globals()[name]
    raise AttributeError(f"module 'doctest' has no attribute '{name}'")


# ---------------------------------------------------------------- examples as a script

def script_from_examples(s):
    """The examples of s as a script: their sources as code, expected outputs and the
    text between them as comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + line for line in piece.want.split('\n')[:-1])
        else:
            lines.extend(_comment_line(line) for line in piece.split('\n')[:-1])
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script made of the examples in the docstring of module's object name."""
    module = _caller_module(module)
    found = [t for t in DocTestFinder().find(module) if t.name == name]
    if not found:
        raise ValueError(name, "not found in tests")
    return script_from_examples(found[0].docstring)


# ---------------------------------------------------------------- python -m doctest

def _test():
    import argparse
    parser = argparse.ArgumentParser(description='doctest runner')
    parser.add_argument('-v', '--verbose', default=False, action='store_true',
                        help='print very verbose output ' 'for all tests')
    parser.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(),
                        default=[], help='specify a doctest option flag to apply to the test '
                        'run; may be specified more than once to apply multiple options')
    parser.add_argument('-f', '--fail-fast', default=False, action='store_true',
                        help='stop running tests after first failure (this is a shorthand '
                        'for -o FAIL_FAST, and is in addition to any other -o options)')
    parser.add_argument('file', nargs='+', help='file containing the tests to run')
    args = parser.parse_args()
    flags = 0
    for option in args.option:
        flags |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        flags |= FAIL_FAST
    for path in args.file:
        if path.endswith('.py'):
            folder, base = os.path.split(path)
            sys.path.insert(0, folder)
            module = __import__(base[:-3])
            del sys.path[0]
            failures = testmod(module, verbose=args.verbose, optionflags=flags)[0]
        else:
            failures = testfile(path, module_relative=False, verbose=args.verbose,
                                optionflags=flags)[0]
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
