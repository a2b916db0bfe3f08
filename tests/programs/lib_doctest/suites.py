# DocTestSuite and DocFileSuite: doctests as unittest test cases (run only when the
# unittest module is there), plus `python -m doctest` through doctest's main on a module.
import doctest
import io
import sys
import _dtmod
from _dthelp import clean

try:
    import unittest
except ImportError:
    unittest = None

if unittest is not None:
    suite = doctest.DocTestSuite(_dtmod)
    print(suite.countTestCases())
    for case in suite:
        print(case.id(), '|', repr(case), '|', case.shortDescription())
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors))
    for case, text in result.failures:
        print(case.id())
        print(clean(text).split('Traceback')[0].rstrip())
        print(clean(text).split('\n\n', 1)[1].rstrip().split('\n')[-3:])
    files = doctest.DocFileSuite('_examples.txt', globs={'preset': 5})
    print(files.countTestCases())
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(files)
    print(result.testsRun, len(result.failures), len(result.errors))
    for case in files:
        print(case.id(), clean(repr(case)))
else:
    print('no unittest')
