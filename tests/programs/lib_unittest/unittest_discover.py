# TestLoader.discover on a directory of test files (_disc/): test*.py modules and
# packages with __init__.py in sorted order, load_tests hooks, a module that fails to
# import (a test that errors), a directory without __init__.py skipped; then
# unittest.main(module=None) with discover arguments as `-m unittest discover` has them.
import io
import os
import re
import sys
import unittest

here = os.path.dirname(os.path.abspath(__file__))
top = os.path.join(here, "_disc")


def clean(text):
    text = re.sub(r"in \d+\.\d+s", "in T", text)
    return text.replace(top, "<top>")


loader = unittest.TestLoader()
suite = loader.discover(top)
print(suite.countTestCases())
print([len(loader.errors)], clean(loader.errors[0]).splitlines()[0])
print(clean(loader.errors[0]).splitlines()[-1])


def ids(s):
    out = []
    for t in s:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out


print(ids(suite))


def without_failed_imports(s):
    # the failed import's report holds the loader's own frames: shown above instead
    out = unittest.TestSuite()
    for t in s:
        if isinstance(t, unittest.TestSuite):
            out.addTest(without_failed_imports(t))
        elif "_FailedTest" not in t.id():
            out.addTest(t)
    return out


suite = without_failed_imports(suite)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(clean(stream.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped))

suite = unittest.TestLoader().discover(top, pattern="test_a*.py")
print(ids(suite))
try:
    unittest.TestLoader().discover(os.path.join(top, "notpkg"), top_level_dir=top)
except ImportError as e:
    print("ImportError:", clean(str(e)))


class Out:
    def write(self, s):
        sys.stdout.write(clean(s))

    def flush(self):
        pass


prog = unittest.main(module=None, argv=["prog", "discover", "-s", top, "-p", "test_[al]*.py", "-q"],
                     testRunner=unittest.TextTestRunner(stream=Out(), verbosity=0), exit=False)
print(prog.result.wasSuccessful(), prog.result.testsRun)
