"""TestResult: what a test run collected (pyjit's unittest).

Contract: failures and errors are kept as (test, text) where the text is the
traceback CPython 3.13 would print for them, without unittest's own frames: the frames
of modules that define `__unittest` are cut from the start of every traceback of the
chain, and for a failure (an exception of the test's failureException) everything from
the first such frame after the test's own frames (the assert* method) is cut too.
"""

import io
import sys
# bound at import: a test replacing this module's `traceback` must not break reports
from traceback import extract_tb, format_exception_only, StackSummary
from functools import wraps

from . import util

__unittest = True


def failfast(method):
    # A result method that ends the run at once when failfast is set.
    @wraps(method)
    def stopping(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return stopping


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def _hidden(frame):
    return '__unittest' in frame.f_globals


def _kept_entries(exc, tb, failure_type, with_locals):
    """The traceback entries of exc still shown, as a traceback.StackSummary."""
    frames = []
    t = tb
    while t is not None:
        frames.append(t.tb_frame)
        t = t.tb_next
    entries = extract_tb(tb) if tb is not None else []
    if len(entries) != len(frames):
        return StackSummary(entries)
    start = 0
    while start < len(frames) and _hidden(frames[start]):
        start += 1
    end = len(frames)
    if failure_type is not None and type(exc) is failure_type:
        end = start
        while end < len(frames) and not _hidden(frames[end]):
            end += 1
    kept = entries[start:end]
    if with_locals:
        for entry, frame in zip(kept, frames[start:end]):
            entry.locals = {name: repr(value) for name, value in frame.f_locals.items()}
    return StackSummary(kept)


def _format_chain(exc, tb, failure_type, with_locals, seen, out):
    seen.add(id(exc))
    cause = exc.__cause__
    context = exc.__context__
    if cause is not None and not id(cause) in seen:
        _format_chain(cause, cause.__traceback__, failure_type, with_locals, seen, out)
        out.append('\nThe above exception was the direct cause '
                   'of the following exception:\n\n')
    elif (cause is None and context is not None and not exc.__suppress_context__
          and id(context) not in seen):
        _format_chain(context, context.__traceback__, failure_type, with_locals, seen,
                      out)
        out.append('\nDuring handling of the above exception, '
                   'another exception occurred:\n\n')
    stack = _kept_entries(exc, tb, failure_type, with_locals)
    if stack:
        out.append('Traceback (most recent call last):\n')
        out.extend(stack.format())
    out.extend(format_exception_only(exc))


class TestResult(object):
    """Collects the outcome of tests: failures, errors, skips, expected failures,
    unexpected successes, and the number of tests run."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # the buffered output of a test that failed is shown after all
            out = sys.stdout.getvalue()
            err = sys.stderr.getvalue()
            if out:
                if not out.endswith('\n'):
                    out += '\n'
                self._original_stdout.write(STDOUT_LINE % out)
            if err:
                if not err.endswith('\n'):
                    err += '\n'
                self._original_stderr.write(STDERR_LINE % err)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        pass

    @failfast
    def addError(self, test, err):
        text = self._exc_info_to_string(err, test)
        self.errors.append((test, text))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        text = self._exc_info_to_string(err, test)
        self.failures.append((test, text))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        into = self.failures if failed else self.errors
        into.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        if hasattr(self, 'collectedDurations'):
            self.collectedDurations.append(('%s' % (test,), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and (not hasattr(self, 'unexpectedSuccesses')
                     or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        lines = []
        if value is None:
            lines.append('NoneType: None\n' if exctype is None else exctype.__name__ + '\n')
        else:
            _format_chain(value, tb, getattr(test, 'failureException', None), self.tb_locals,
                          set(), lines)
        if self.buffer:
            out = sys.stdout.getvalue()
            errs = sys.stderr.getvalue()
            if out:
                if not out.endswith('\n'):
                    out += '\n'
                lines.append(STDOUT_LINE % out)
            if errs:
                if not errs.endswith('\n'):
                    errs += '\n'
                lines.append(STDERR_LINE % errs)
        return ''.join(lines)

    def _is_relevant_tb_level(self, tb):
        return _hidden(tb.tb_frame)

    def __repr__(self):
        return ('<%s run=%i errors=%i failures=%i>'
                % (util.strclass(self.__class__), self.testsRun, len(self.errors),
                   len(self.failures)))
