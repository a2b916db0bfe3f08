# Module and class fixtures across several classes, their failures reported as
# "setUpModule (...)"/"tearDownClass (...)" errors, module and class cleanups,
# enterContext/enterClassContext, doCleanups, TestCase.run with its own result,
# debug(), and a test run after a setUpModule failure.
import io
import re
import sys
import unittest
import os
HERE = os.path.dirname(os.path.abspath(__file__))

log = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        log.append("exit " + self.name)


def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")
    print("module context:", unittest.enterModuleContext(Resource("mod")))


def tearDownModule():
    log.append("tearDownModule")
    raise RuntimeError("tearDownModule failed")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("First.setUpClass")
        cls.shared = cls.enterClassContext(Resource("cls"))

    @classmethod
    def tearDownClass(cls):
        log.append("First.tearDownClass")
        raise ValueError("tearDownClass failed")

    def setUp(self):
        self.value = self.enterContext(Resource("test"))

    def test_1(self):
        log.append("test_1 " + self.shared + " " + self.value)

    def test_2(self):
        self.addCleanup(log.append, "cleanup of test_2")
        log.append("test_2")


class Second(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no database")

    def test_3(self):
        log.append("test_3")


class Third(unittest.TestCase):
    def test_4(self):
        log.append("test_4")

    def bad_context(self):
        self.enterContext(42)


def run(*tests, verbosity=2):
    stream = io.StringIO()
    suite = unittest.TestSuite(tests)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()).replace(HERE, "<dir>"))
    return result


run(First("test_1"), First("test_2"), Second("test_3"), Third("test_4"))
print("\n".join(log))
log.clear()

t = Third("test_4")
r = t.run()
print(type(r).__name__, r.testsRun, r.wasSuccessful(), log)
t = First("test_2")
t.addCleanup(log.append, "extra")
print(t.doCleanups(), log)
try:
    Third("test_4").bad_context()
except TypeError as e:
    print("enterContext:", e)
Third("test_4").debug()
print(log)


def broken_setup():
    raise KeyError("module setup")


sys.modules[__name__].setUpModule = broken_setup
sys.modules[__name__].tearDownModule = lambda: log.append("never")
run(Third("test_4"), verbosity=1)
print(log)
