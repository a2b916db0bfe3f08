"""TextTestRunner and TextTestResult (pyjit's unittest).

Contract: the text CPython 3.13 writes: one character per test at verbosity 1
('.', 'F', 'E', 's', 'x', 'u'), one "description ... status" line per test at 2, then
the failures and errors between separator lines, "Ran N tests in T.TTTs" and the
verdict ("OK", "FAILED (failures=1, errors=2)", "NO TESTS RAN", ...).
"""

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True


class _WritelnDecorator(object):
    """A stream with a writeln method."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(result.TestResult):
    """A result that reports on a stream as the tests run."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True
        self.durations = durations

    def getDescription(self, test):
        first_doc_line = test.shortDescription()
        if self.descriptions and first_doc_line:
            return '\n'.join((str(test), first_doc_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write('%s ... ' % self.getDescription(test))
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        sub = isinstance(test, _SubTest)
        if sub or self._newline:
            # a subtest's status, or one after other output: name the test again
            if not self._newline:
                self.stream.writeln()
            indent = '  ' if sub else ''
            self.stream.write(indent + self.getDescription(test) + ' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _mark(self, test, word, letter):
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._mark(subtest, *(('FAIL', 'F') if failed else ('ERROR', 'E')))
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark(test, 'skipped {0!r}'.format(reason), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln('expected failure')
            self.stream.flush()
        elif self.dots:
            self.stream.write('x')
            self.stream.flush()

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln('unexpected success')
            self.stream.flush()
        elif self.dots:
            self.stream.write('u')
            self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        for flavour, errors in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, errors)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln(self.separator1)
            for test in surprises:
                self.stream.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % text)
            self.stream.flush()


class TextTestRunner(object):
    """Runs a test or suite with a TextTestResult and prints the summary."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False, durations=None):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        try:
            return self.resultclass(self.stream, self.descriptions, self.verbosity,
                                    durations=self.durations)
        except TypeError:
            # a result class written before the durations keyword
            return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _printDurations(self, result):
        if not result.collectedDurations:
            return
        slowest = sorted(result.collectedDurations, key=lambda pair: pair[1],
                         reverse=True)
        if self.durations > 0:
            slowest = slowest[:self.durations]
        self.stream.writeln("Slowest test " + "durations")
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        hid = False
        for name, elapsed in slowest:
            if elapsed < 0.001 and self.verbosity < 2:
                hid = True
                continue
            self.stream.writeln("%-10s %s" % ("%.3fs" % elapsed, name))
        if hid:
            self.stream.writeln(
                "\n(durations < 0.001s were hidden; use -v to show these durations)")
        else:
            self.stream.writeln("")

    def run(self, test):
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            began = time.perf_counter()
            start_run = getattr(result, 'startTestRun', None)
            if start_run is not None:
                start_run()
            try:
                test(result)
            finally:
                stop_run = getattr(result, 'stopTestRun', None)
                if stop_run is not None:
                    stop_run()
            ended = time.perf_counter()
        result.printErrors()
        if self.durations is not None:
            self._printDurations(result)
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        count = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs"
                            % (count, 's' if count != 1 else '', ended - began))
        self.stream.writeln()
        try:
            xfails, surprises, skips = (len(result.expectedFailures),
                                        len(result.unexpectedSuccesses),
                                        len(result.skipped))
        except AttributeError:
            xfails = surprises = skips = 0
        notes = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                notes.append("failures=%d" % len(result.failures))
            if result.errors:
                notes.append("errors=%d" % len(result.errors))
        elif count == 0 and not skips:
            self.stream.write("NO TESTS RAN")
        else:
            self.stream.write("OK")
        if skips:
            notes.append("skipped=%d" % skips)
        if xfails:
            notes.append("expected failures=%d" % xfails)
        if surprises:
            notes.append("unexpected successes=%d" % surprises)
        if notes:
            self.stream.writeln(" (%s)" % (", ".join(notes),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result
