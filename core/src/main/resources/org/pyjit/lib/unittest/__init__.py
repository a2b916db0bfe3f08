"""unittest for pyjit: test cases, suites, loaders, runners and the test program.

Written for pyjit (no code from CPython's library) to behave as CPython 3.13's
unittest: the same test order, result texts, failure messages and exit statuses.
The package is split as CPython's (case, suite, loader, result, runner, main, util,
signals) because programs import those submodules by name.
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__unittest = True

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure, addModuleCleanup, doModuleCleanups, enterModuleContext)
from .result import TestResult
from .runner import TextTestResult, TextTestRunner
from .suite import TestSuite, BaseTestSuite
from .loader import defaultTestLoader, TestLoader
from .main import main, TestProgram
from .signals import registerResult, removeResult, installHandler, removeHandler

