"""TestCase and its assertions (pyjit's unittest).

Contract: a test runs as CPython 3.13's does, part by part (setUp, the test method,
tearDown, then the cleanups), each part's exception reported to the result as a failure
(failureException) or an error, a SkipTest as a skip; subTest reports each block on its
own. Every assert* method fails with CPython's exact message, longMessage and maxDiff
applied the same way, since test output is compared byte for byte. This module's
frames are hidden from the reported tracebacks by the `__unittest` global.
"""

import sys
import functools
import warnings
import contextlib
import time
import types

# difflib, pprint, re and collections are imported where a failure message or a regex
# needs them: `import unittest` stays cheap.

from . import result
from .util import (strclass, safe_repr, _count_diff_all_purpose, _count_diff_hashable,
                   _common_shorten_repr)

__unittest = True

_NO_MESSAGE = object()

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raised in a test (or setUp, setUpClass, a module) to skip it."""


class _ShouldStop(Exception):
    # Ends a test early after a failing subTest under failfast.
    pass


class _UnexpectedSuccess(Exception):
    pass


class _Outcome:
    """What happened while one test ran: whether all its parts passed, and the error of
    a test expected to fail."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expectedFailure = None

    @contextlib.contextmanager
    def testPartExecutor(self, test_case, subTest=False):
        before = self.success
        self.success = True
        try:
            yield
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            _addSkip(self.result, test_case, '%s' % (e,))
        except _ShouldStop:
            pass
        except:
            info = sys.exc_info()
            if self.expecting_failure:
                self.expectedFailure = info
            else:
                self.success = False
                if subTest:
                    self.result.addSubTest(test_case.test_case, test_case, info)
                else:
                    _addError(self.result, test_case, info)
            info = None
        else:
            if subTest and self.success:
                parent = test_case.test_case
                self.result.addSubTest(parent, test_case, None)
        finally:
            self.success = self.success and before


def _addSkip(result, test_case, reason):
    add = getattr(result, 'addSkip', None)
    if add is None:
        warnings.warn('TestResult has no addSkip method, skips not reported',
                      RuntimeWarning, 2)
        result.addSuccess(test_case)
    else:
        add(test_case, reason)


def _addError(result, test, exc_info):
    if result is None or exc_info is None:
        return
    failed = issubclass(exc_info[0], test.failureException)
    (result.addFailure if failed else result.addError)(test, exc_info)


def _enter_context(cm, register):
    kind = type(cm)
    try:
        enter = kind.__enter__
        leave = kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    register(leave, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    entry = function, args, kwargs
    _module_cleanups.append(entry)


def enterModuleContext(cm):
    register = addModuleCleanup
    return _enter_context(cm, register)


def doModuleCleanups():
    problems = []
    while _module_cleanups:
        func, a, kw = _module_cleanups.pop()
        try:
            func(*a, **kw)
        except Exception as e:
            problems.append(e)
    if problems:
        raise problems[0]


def skip(reason):
    """Marks a test method or class as skipped with this reason."""
    def mark(item):
        if not isinstance(item, type):
            @functools.wraps(item)
            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if type(reason) is types.FunctionType:
        # @skip used without a reason
        item, reason = reason, ''
        return mark(item)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _all_subclasses_of(expected, base):
    if isinstance(expected, tuple):
        return all(_all_subclasses_of(e, base) for e in expected)
    return isinstance(expected, type) and issubclass(expected, base)


def _name_of(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _BaseTestCaseContext:

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        raise self.test_case.failureException(
            self.test_case._formatMessage(self.msg, standardMsg))


class _AssertRaisesBaseContext(_BaseTestCaseContext):
    """The common part of assertRaises and assertWarns: as a context manager, or
    calling the given callable at once."""

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        self.expected_regex = (None if expected_regex is None
                               else _compile(expected_regex))
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        if not _all_subclasses_of(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        func, *args = args
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*args, **kwargs)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    _base_type = BaseException
    _base_type_str = ('an exception type or tuple of '
                      'exception types')

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            what = _name_of(self.expected)
            if self.obj_name:
                self._raiseFailure('{} not raised by {}'.format(what, self.obj_name))
            self._raiseFailure('{} not raised'.format(what))
        if not issubclass(exc_type, self.expected):  # not ours: it propagates
            return False
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(pattern.pattern,
                                                                 str(exc_value)))
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # A warning already shown once would be silent: forget the registries.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        catcher = warnings.catch_warnings(record=True)
        self.warnings_manager = catcher
        self.warnings = catcher.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)  # restore filters
        if exc_type is not None:
            return
        what = _name_of(self.expected)
        first = None
        for record in self.warnings:
            w = record.message
            if not isinstance(w, self.expected):
                continue
            if first is None:
                first = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = record.filename
            self.lineno = record.lineno
            return
        if first is not None:
            pattern = self.expected_regex.pattern
            self._raiseFailure('"{}" does not match "{}"'.format(pattern, first))
        if self.obj_name:
            self._raiseFailure('{} not triggered by {}'.format(what, self.obj_name))
        self._raiseFailure('{} not triggered'.format(what))


class _AssertNotWarnsContext(_AssertWarnsContext):

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)  # restore filters
        if exc_type is not None:
            return
        what = _name_of(self.expected)
        for record in self.warnings:
            if isinstance(record.message, self.expected):
                self._raiseFailure(f'{what} triggered')


def _compile(pattern):
    import re
    return re.compile(pattern)


class _OrderedChainMap:
    """The parameters of nested subTests: a read-only view of a list of dicts, the
    innermost first for lookups; iterated outer ones first, in the order given."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def new_child(self, m=None):
        return self.__class__({} if m is None else m, *self.maps)

    def __getitem__(self, key):
        for layer in self.maps:
            if key in layer:
                return layer[key]
        raise KeyError(key)

    def get(self, key, default=None):
        for layer in self.maps:
            if key in layer:
                return layer[key]
        return default

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __iter__(self):
        met = set()
        for layer in self.maps:
            for key in layer:
                if key not in met:
                    met.add(key)
                    yield key

    def __len__(self):
        return len(set().union(*self.maps))

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))


class TestCase(object):
    """One test: an instance runs the method named methodName."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # strings longer than this are compared without a diff (too slow)
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)  # keep the chain going

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s"
                                 % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        for kind, name in ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                           (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                           (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, name)

    def addTypeEqualityFunc(self, typeobj, function):
        funcs = self._type_equality_funcs
        funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        # run after tearDown, last added first
        self._cleanups += [(function, args, kwargs)]

    def enterContext(self, cm):
        register = self.addCleanup
        return _enter_context(cm, register)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        pending = cls._class_cleanups
        pending.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        register = cls.addClassCleanup
        return _enter_context(cm, register)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return result.TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return other._testMethodName == self._testMethodName

    def __hash__(self):
        return hash((self.__class__, self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A block reported on its own: its failure does not end the test."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        outer = self._subtest
        if outer is None:
            values = _OrderedChainMap(params)
        else:
            values = outer.params.new_child(params)
        self._subtest = _SubTest(self, msg, values)
        try:
            with outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            if not outcome.success:
                res = outcome.result
                if res is not None and res.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # an expected failure happened: the test has done its job
                raise _ShouldStop
        finally:
            self._subtest = outer

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is None:
            warnings.warn('TestResult has no addExpectedFailure method, reporting as passes',
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is None:
            warnings.warn('TestResult has no addUnexpectedSuccess method, reporting as failure',
                          RuntimeWarning)
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())
        else:
            add(self)

    def _addDuration(self, result, elapsed):
        add = getattr(result, 'addDuration', None)
        if add is None:
            warnings.warn('TestResult has no addDuration method', RuntimeWarning)
        else:
            add(self, elapsed)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            text = ('It is deprecated to return a value that is not None '
                    f'from a test case ({method})')
            warnings.warn(text, DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        if (getattr(self.__class__, '__unittest_skip__', False)
                or getattr(method, '__unittest_skip__', False)):
            return (getattr(self.__class__, '__unittest_skip_why__', '')
                    or getattr(method, '__unittest_skip_why__', ''))
        return None

    def run(self, result=None):
        stop_run = None
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            why = self._skip_reason(method)
            if why is not None:
                _addSkip(result, self, why)
                return result
            expecting = (getattr(self, '__unittest_expecting_failure__', False)
                         or getattr(method, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            began = time.perf_counter()
            try:
                self._outcome = outcome
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()
                self._addDuration(result, time.perf_counter() - began)
                if outcome.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif outcome.expectedFailure:
                        error = outcome.expectedFailure
                        self._addExpectedFailure(result, error)
                    else:
                        self._addUnexpectedSuccess(result)
                return result
            finally:
                outcome.expectedFailure = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            func, a, kw = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(func, *a, **kw)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            func, a, kw = pending.pop()
            try:
                func(*a, **kw)
            except Exception:
                info = sys.exc_info()
                cls.tearDown_exceptions.append(info)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without a result: its exceptions propagate."""
        method = getattr(self, self._testMethodName)
        why = self._skip_reason(method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        for func, a, kw in iter(lambda: self._cleanups.pop() if self._cleanups else None,
                                None):
            self._callCleanup(func, *a, **kw)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        # With longMessage, the caller's msg follows the standard one.
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + DIFF_OMITTED % len(diff)

    # --- truth, identity, membership, order ---------------------------------------

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(
                self._formatMessage(msg, '%s is not false' % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(
                self._formatMessage(msg, '%s is not true' % safe_repr(expr)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(
                msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(
                msg, 'unexpectedly identical: %s' % (safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s'
                                          % (safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s'
                                          % (safe_repr(member), safe_repr(container))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(
                msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(
                msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(
                msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(
                msg, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b))))

    # --- exceptions, warnings, logs -----------------------------------------------

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self).handle(
            'assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        return _AssertRaisesContext(expected_exception, self, expected_regex).handle(
            'assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self).handle(
            'assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        return _AssertWarnsContext(expected_warning, self, expected_regex).handle(
            'assertWarnsRegex', args, kwargs)

    def _assertNotWarns(self, expected_warning, *args, **kwargs):
        return _AssertNotWarnsContext(expected_warning, self).handle(
            '_assertNotWarns', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, False)

    def assertNoLogs(self, logger=None, level=None):
        from ._log import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, True)

    # --- equality -------------------------------------------------------------------

    def _getAssertEqualityFunc(self, first, second):
        # A type-specific comparison only when both have exactly the same type.
        if type(first) is type(second):
            check = self._type_equality_funcs.get(type(first))
            if check is not None:
                if isinstance(check, str):
                    check = getattr(self, check)
                return check
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            text = '%s != %s' % _common_shorten_repr(first, second)
            raise self.failureException(self._formatMessage(msg, text))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            raise self.failureException(self._formatMessage(
                msg, '%s == %s' % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if None not in (delta, places):
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            text = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            text = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        raise self.failureException(self._formatMessage(msg, text))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if None not in (delta, places):
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff > delta and not first == second:
                return
            text = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) != 0 and not first == second:
                return
            text = '%s == %s within %r places' % (safe_repr(first), safe_repr(second),
                                                  places)
        raise self.failureException(self._formatMessage(msg, text))

    @staticmethod
    def _pretty_diff(first, second):
        import difflib, pprint
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(),
                                              pprint.pformat(second).splitlines()))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is None:
            kind = 'sequence'
        else:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (kind, safe_repr(seq2)))
        text = None
        no_len = (TypeError, NotImplementedError)
        try:
            n1 = len(seq1)
        except no_len:
            text = 'First %s has no length.    Non-sequence?' % kind
        if text is None:
            try:
                n2 = len(seq2)
            except no_len:
                text = 'Second %s has no length.    Non-sequence?' % kind
        if text is None:
            if seq1 == seq2:
                return
            text = '%ss differ: %s != %s\n' % ((kind.capitalize(),)
                                                + _common_shorten_repr(seq1, seq2))
            no_item = (TypeError, IndexError, NotImplementedError)
            for i in range(min(n1, n2)):
                try:
                    x1 = seq1[i]
                except no_item:
                    text += '\nUnable to index element %d of first %s\n' % (i, kind)
                    break
                try:
                    x2 = seq2[i]
                except no_item:
                    text += '\nUnable to index element %d of second %s\n' % (i, kind)
                    break
                if x1 != x2:
                    text += ('\nFirst differing element %d:\n%s\n%s\n'
                             % ((i,) + _common_shorten_repr(x1, x2)))
                    break
            else:
                if n1 == n2 and seq_type is None and type(seq1) != type(seq2):
                    # equal items in sequences of different types
                    return
            if n1 > n2:
                text += '\nFirst %s contains %d additional elements.\n' % (kind, n1 - n2)
                try:
                    text += 'First extra element %d:\n%s\n' % (n2, safe_repr(seq1[n2]))
                except no_item:
                    text += 'Unable to index element %d of first %s\n' % (n2, kind)
            elif n1 < n2:
                text += '\nSecond %s contains %d additional elements.\n' % (kind, n2 - n1)
                try:
                    text += 'First extra element %d:\n%s\n' % (n1, safe_repr(seq2[n1]))
                except no_item:
                    text += 'Unable to index element %d of second %s\n' % (n1, kind)
        text = self._truncateMessage(text, self._pretty_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, text))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, tuple)

    def _set_minus(self, left, right, which):
        try:
            return left.difference(right)
        except TypeError as e:
            problem = 'invalid type when attempting set difference: %s' % e
        except AttributeError as e:
            problem = '%s argument does not support set difference: %s' % (which, e)
        self.fail(problem)

    def assertSetEqual(self, set1, set2, msg=None):
        only1 = self._set_minus(set1, set2, 'first')
        only2 = self._set_minus(set2, set1, 'second')
        if not (only1 or only2):
            return
        lines = []
        for items, here, there in ((only1, 'first', 'second'), (only2, 'second', 'first')):
            if items:
                lines.append(f'Items in the {here} set but not the {there}:')
                lines.extend(repr(x) for x in items)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        for value, which in ((d1, 'First'), (d2, 'Second')):
            self.assertIsInstance(value, dict, which + ' argument is not a dictionary')
        if d1 != d2:
            text = '%s != %s' % _common_shorten_repr(d1, d2)
            text = self._truncateMessage(text, self._pretty_diff(d1, d2))
            self.fail(self._formatMessage(msg, text))

    def assertCountEqual(self, first, second, msg=None):
        """The same elements the same number of times, in any order."""
        items1, items2 = list(first), list(second)
        try:
            from collections import Counter
            c1 = Counter(items1)
            c2 = Counter(items2)
        except TypeError:
            differences = _count_diff_all_purpose(items1, items2)
        else:
            if c1 == c2:
                return
            differences = _count_diff_hashable(items1, items2)
        if differences:
            text = 'Element counts were not equal:\n'
            detail = '\n'.join('First has %d, Second has %d:  %r' % d for d in differences)
            text = self._truncateMessage(text, detail)
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        for value, which in ((first, 'First'), (second, 'Second')):
            self.assertIsInstance(value, str, which + ' argument is not a string')
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            # too long for a diff: the plain message
            self._baseAssertEqual(first, second, msg=msg)
        # Both texts end with a newline for the diff, so that a missing final newline
        # shows as a changed last line rather than being lost.
        text1, text2 = first, second
        if first and second:
            if not (first.endswith('\n') and second.endswith('\n')):
                text1 += '\n'
                text2 += '\n'
        elif second and second[-1] != '\n':
            text2 += '\n'
        elif first and first[-1] != '\n':
            text1 += '\n'
        import difflib
        diff = '\n' + ''.join(difflib.ndiff(text1.splitlines(keepends=True),
                                            text2.splitlines(keepends=True)))
        text = self._truncateMessage('%s != %s' % _common_shorten_repr(first, second), diff)
        self.fail(self._formatMessage(msg, text))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, str) or isinstance(expected_regex, bytes):
            assert expected_regex, "expected_regex must not be empty."  # matches anything
            expected_regex = _compile(expected_regex)
        if not expected_regex.search(text):
            raise self.failureException(self._formatMessage(
                msg, "Regex didn't match: %r not found in %r"
                % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, str) or isinstance(unexpected_regex, bytes):
            unexpected_regex = _compile(unexpected_regex)
        m = unexpected_regex.search(text)
        if m:
            raise self.failureException(self._formatMessage(
                msg, 'Regex matched: %r matches %r in %r'
                % (text[m.start():m.end()], unexpected_regex.pattern, text)))


class FunctionTestCase(TestCase):
    """A test made of a plain function, with optional set-up and tear-down functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _key(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._key())

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split('\n')[0].strip() or None


class _SubTest(TestCase):
    """The test of one subTest block, as reported: the test plus its message and
    parameters."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append('[{}]'.format(self._message))
        if self.params:
            parts.append('({})'.format(', '.join('{}={!r}'.format(k, v)
                                                 for k, v in self.params.items())))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '{} {}'.format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        parent = self.test_case
        return parent.shortDescription()

    def __str__(self):
        return '{} {}'.format(self.test_case, self._subDescription())
