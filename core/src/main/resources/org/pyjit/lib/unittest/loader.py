"""TestLoader: finding tests in classes, modules, names and directories (pyjit's
unittest).

Contract: as CPython 3.13's: test methods are the callables whose name starts with
testMethodPrefix, sorted by name (and filtered by the -k patterns, matched shell-style
against "module.Class.method"); a name that cannot be imported or looked up becomes a
test that fails with the error, and discover() imports the files matching the pattern
(test*.py) under a directory and its packages, in sorted order.
"""

import os
import sys
import traceback
import types
import functools

from . import case, suite, util

__unittest = True

# a file name that can be imported as a module
def _importable_file(name):
    # [_a-z]\w*\.py, letters in any case: a file that can be imported as a module
    stem, dot, ext = name.rpartition('.')
    if not dot or ext.lower() != 'py' or not stem:
        return False
    if not (stem[0] == '_' or 'a' <= stem[0].lower() <= 'z'):
        return False
    return all(ch == '_' or ch.isalnum() for ch in stem)


# fnmatch is imported at the first match: it brings re, which a run without -k patterns
# or discovery does not need
def _fnmatchcase(name, pattern):
    from fnmatch import fnmatchcase
    return fnmatchcase(name, pattern)


def _fnmatch(name, pattern):
    from fnmatch import fnmatch
    return fnmatch(name, pattern)


class _FailedTest(case.TestCase):
    # Stands for a test that could not be loaded: running it raises the error.
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)
        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    error = ImportError(message)
    return _make_failed_test(name, error, suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n' + traceback.format_exc()
    return _make_failed_test(name, exception, suiteClass, message)


def _make_failed_test(methodname, exception, suiteClass, message):
    return suiteClass((_FailedTest(methodname, exception),)), message


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    kind = type('ModuleSkipped', (case.TestCase,), {methodname: testSkipped})
    return suiteClass((kind(methodname),))


def _splitext(path):
    return os.path.splitext(path)[0]


class TestLoader(object):
    """Makes suites of tests from classes, modules, dotted names and directories."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        self.errors = []
        # packages being loaded now, so that discovery does not enter them twice
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.TestSuite):  # a common mistake
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass is case.TestCase or testCaseClass is case.FunctionTestCase:
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, case.TestCase)
                    and obj not in (case.TestCase, case.FunctionTestCase)):
                found.append(self.loadTestsFromTestCase(obj))
        hook = getattr(module, 'load_tests', None)
        tests = self.suiteClass(found)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as e:
            failed, message = _make_failed_load_tests(module.__name__, e, self.suiteClass)
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        failed = message = None
        if module is None:
            # import the longest prefix of the name that is a module
            prefix = parts[:]
            while prefix:
                try:
                    module = __import__('.'.join(prefix))
                    break
                except ImportError:
                    last = prefix.pop()
                    failed, message = _make_failed_import_test(last, self.suiteClass)
                    if not prefix:
                        self.errors.append(message)
                        return failed
            parts = parts[1:]
        obj = module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and failed is not None:
                    # a package whose submodule failed to import: report the import
                    self.errors.append(message)
                    return failed
                failed, message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(message)
                return failed
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if (isinstance(obj, type) and issubclass(obj, case.TestCase)
                and obj not in (case.TestCase, case.FunctionTestCase)):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            method = parts[-1]
            instance = parent(method)
            # a plain function stored on the class is not a test method
            if not isinstance(getattr(instance, method), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def wanted(attrname):
            prefix = self.testMethodPrefix
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__,
                                 attrname)
            return (self.testNamePatterns is None
                    or any(_fnmatchcase(full, p) for p in self.testNamePatterns))
        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of the modules matching pattern under start_dir, recursively
        into packages; top_level_dir (default start_dir) goes on sys.path."""
        saved_top = self._top_level_dir
        implicit_top = False
        if top_level_dir is None:
            if self._top_level_dir is None:
                implicit_top = True
                top_level_dir = start_dir
            else:
                top_level_dir = self._top_level_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        not_importable = False
        absolute = os.path.abspath(start_dir)
        if os.path.isdir(absolute):
            start_dir = absolute
            if start_dir != top_level_dir:
                not_importable = not os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            # a dotted module name
            try:
                __import__(start_dir)
            except ImportError:
                not_importable = True
            else:
                module = sys.modules[start_dir]
                top_part = start_dir.split('.')[0]
                try:
                    start_dir = os.path.abspath(os.path.dirname(module.__file__))
                except AttributeError:
                    builtin = module.__name__ in sys.builtin_module_names
                    if builtin:
                        raise TypeError('Can not use builtin modules '
                                        'as dotted module names') from None
                    raise TypeError(f"don't know how to discover from {module!r}") from None
                if implicit_top:
                    found = self._get_directory_containing_module(top_part)
                    self._top_level_dir = found
                    sys.path.remove(top_level_dir)
        if not_importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        tests = list(self._find_tests(start_dir, pattern))
        self._top_level_dir = saved_top
        return self.suiteClass(tests)

    def _get_directory_containing_module(self, module_name):
        path = os.path.abspath(sys.modules[module_name].__file__)
        if os.path.basename(path).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(path))
        return os.path.dirname(path)

    def _get_name_from_path(self, path):
        if path == self._top_level_dir:
            return '.'
        rel = os.path.relpath(_splitext(os.path.normpath(path)), self._top_level_dir)
        assert not os.path.isabs(rel), "Path must be within the project"
        assert not rel.startswith('..'), "Path must be within the project"
        return rel.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        return _fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        name = self._get_name_from_path(start_dir)
        if name not in self._loading_packages and name != '.':
            # start_dir is a package: its own tests first
            tests, recurse = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not recurse:
                return
        for entry in sorted(os.listdir(start_dir)):
            full = os.path.join(start_dir, entry)
            tests, recurse = self._find_test_path(full, pattern)
            if tests is not None:
                yield tests
            if recurse:
                package = self._get_name_from_path(full)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(full, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _skipped(self, name, exc):
        return _make_skipped_test(name, exc, self.suiteClass), False

    def _import_failed(self, name):
        failed, message = _make_failed_import_test(name, self.suiteClass)
        self.errors.append(message)
        return failed, False

    def _find_test_path(self, full_path, pattern):
        """(tests or None, whether to look inside) for one directory entry."""
        base = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not _importable_file(base):
                return None, False
            if not self._match_path(base, full_path, pattern):
                return None, False
            name = self._get_name_from_path(full_path)
            try:
                module = self._get_module_from_name(name)
            except case.SkipTest as e:
                return self._skipped(name, e)
            except:
                return self._import_failed(name)
            found = _splitext(os.path.realpath(os.path.abspath(
                getattr(module, '__file__', full_path))))
            wanted = _splitext(os.path.realpath(full_path))
            if found.lower() != wanted.lower():
                raise ImportError(
                    "%r module incorrectly imported from %r. Expected %r. "
                    "Is this module globally installed?"
                    % (_splitext(base), os.path.dirname(found), os.path.dirname(full_path)))
            tests = self.loadTestsFromModule(module, pattern=pattern)
            return tests, False
        if os.path.isdir(full_path):
            init = os.path.join(full_path, '__init__.py')
            if not os.path.isfile(init):
                return None, False
            name = self._get_name_from_path(full_path)
            try:
                package = self._get_module_from_name(name)
            except case.SkipTest as e:
                return self._skipped(name, e)
            except:
                return self._import_failed(name)
            hook = getattr(package, 'load_tests', None)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
                # a package with load_tests decides about its contents itself
                return tests, hook is None
            finally:
                self._loading_packages.discard(name)
        return None, False


defaultTestLoader = TestLoader()
