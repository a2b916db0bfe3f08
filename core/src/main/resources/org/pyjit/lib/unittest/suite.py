"""TestSuite: a list of tests run in order (pyjit's unittest).

Contract: as CPython 3.13's, a suite runs the class and module fixtures around its
tests: setUpModule/tearDownModule when the module of the tests changes, setUpClass and
tearDownClass (then the class cleanups) when their class changes, a failing set-up
skipping that class's or module's tests and being reported as an error of a pseudo-test
named "setUpClass (module.Class)".
"""

import sys

from . import case
from . import util

__unittest = True

# the result's methods that capture and restore sys.stdout/sys.stderr around fixtures
_CAPTURE = '_setupStdout'
_RESTORE = '_restoreStdout'


def _call_if_exists(owner, name):
    method = getattr(owner, name, None)
    if method is not None:
        method()


class BaseTestSuite(object):
    """A suite without class or module fixtures."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(type(self)), list(self))

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return list(self) == list(other)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        # A test that ran is dropped so that its memory can go; its count stays.
        try:
            test = self._tests[index]
        except TypeError:
            return
        if hasattr(test, 'countTestCases'):
            counted = test.countTestCases()
            self._removed_tests += counted
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs the class and module fixtures."""

    def run(self, result, debug=False):
        outermost = False
        if not getattr(result, '_testRunEntered', False):
            result._testRunEntered = outermost = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                for step in (self._tearDownPreviousClass, self._handleModuleFixture):
                    step(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        if outermost:
            self._tearDownPreviousClass(None, result)  # the last class
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        before = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == before or result._moduleSetUpFailed:
            return
        if getattr(current, '__unittest_skip__', False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            # a built-in type cannot take the attribute
            pass
        set_up = getattr(current, 'setUpClass', None)
        cleanups = getattr(current, 'doClassCleanups', None)
        if set_up is None:
            return
        _call_if_exists(result, _CAPTURE)
        try:
            failed = self._call_fixture(result, set_up, 'setUpClass', util.strclass(current))
            if failed:
                try:
                    current._classSetupFailed = True
                except TypeError:
                    pass
            if failed and cleanups is not None:
                cleanups()
                for info in current.tearDown_exceptions:
                    self._report(result, info, 'setUpClass', util.strclass(current))
        finally:
            _call_if_exists(result, _RESTORE)

    def _get_previous_module(self, result):
        before = getattr(result, '_previousTestClass', None)
        return None if before is None else before.__module__

    def _handleModuleFixture(self, test, result):
        before = self._get_previous_module(result)
        current = test.__class__.__module__
        if current == before:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current)
        if module is None:
            return
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return
        _call_if_exists(result, _CAPTURE)
        try:
            if self._call_fixture(result, set_up, 'setUpModule', current):
                result._moduleSetUpFailed = True
                try:
                    case.doModuleCleanups()
                except Exception as e:
                    self._createClassOrModuleLevelException(result, e, 'setUpModule',
                                                            current)
        finally:
            _call_if_exists(result, _RESTORE)

    def _call_fixture(self, result, fixture, method_name, parent):
        # True when the fixture failed: its error is reported as the pseudo-test
        # "method_name (parent)", or raised when the suite runs under debug()
        try:
            fixture()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            self._createClassOrModuleLevelException(result, e, method_name, parent)
            return True
        return False

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent,
                                           info=None):
        self._addClassOrModuleLevelException(result, exc, f'{method_name} ({parent})',
                                             info)

    def _report(self, result, info, method_name, parent):
        self._createClassOrModuleLevelException(result, info[1], method_name, parent,
                                                info=info)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        holder = _ErrorHolder(errorName)
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exception, case.SkipTest):
            add_skip(holder, str(exception))
        elif info:
            result.addError(holder, info)
        else:
            result.addError(holder, sys.exc_info())

    def _handleModuleTearDown(self, result):
        before = self._get_previous_module(result)
        if before is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(before)
        if module is None:
            return
        _call_if_exists(result, _CAPTURE)
        try:
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                self._call_fixture(result, tear_down, 'tearDownModule', before)
            self._call_fixture(result, case.doModuleCleanups, 'tearDownModule', before)
        finally:
            _call_if_exists(result, _RESTORE)

    def _tearDownPreviousClass(self, test, result):
        before = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == before or before is None:
            return
        if (getattr(before, '_classSetupFailed', False)
                or getattr(result, '_moduleSetUpFailed', False)
                or getattr(before, '__unittest_skip__', False)):
            return
        tear_down = getattr(before, 'tearDownClass', None)
        cleanups = getattr(before, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        _call_if_exists(result, _CAPTURE)
        try:
            if tear_down is not None:
                self._call_fixture(result, tear_down, 'tearDownClass', util.strclass(before))
            if cleanups is not None:
                cleanups()
                for info in before.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise info[1]
                    self._report(result, info, 'tearDownClass', util.strclass(before))
        finally:
            _call_if_exists(result, _RESTORE)


class _ErrorHolder(object):
    """Stands for a fixture (setUpClass, setUpModule, ...) whose error is reported."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=' + repr(self.description) + '>'

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    # TestSuite.debug's result: fixture errors propagate
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
