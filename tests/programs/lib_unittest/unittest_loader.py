# Fixtures and cleanups (setUpClass failing, addCleanup/addClassCleanup, tearDown
# errors), skips of every kind, nested subTest reporting, failfast, buffer, TestLoader
# (getTestCaseNames, prefixes, -k patterns, custom sort, names, failed imports and
# attributes), TestCase identity and description, TestSuite checks.
import unittest, io, re, sys
import os
HERE = os.path.dirname(os.path.abspath(__file__))

class Fix(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, "class cleanup")
        raise RuntimeError("class setup broke")
    def test_a(self):
        pass

class Clean(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, "cleanup 1")
        self.addCleanup(self.bad_cleanup)
    def bad_cleanup(self):
        raise OSError("cleanup failed")
    def test_x(self):
        print("in test_x")
    def test_y(self):
        self.skipTest("skipped inside")

class TD(unittest.TestCase):
    def tearDown(self):
        raise KeyError("td")
    def test_t(self):
        self.assertEqual(1, 2)

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_1(self): pass
    def test_2(self): pass

class Cond(unittest.TestCase):
    @unittest.skipIf(True, "if true")
    def test_if(self): pass
    @unittest.skipUnless(False, "unless false")
    def test_unless(self): pass
    @unittest.skipIf(False, "no")
    def test_run(self): pass
    def test_nested_sub(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 0)
            with self.subTest():
                raise ValueError("x")
        with self.subTest("msg only"):
            pass

class Buf(unittest.TestCase):
    def test_out(self):
        print("captured out")
        print("captured err", file=sys.stderr)
        self.fail("with output")

def run(*classes, **kw):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    r = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()).replace(HERE, "<dir>"))
    return r

for v in (1, 2):
    run(Fix, Clean, TD, Skipped, Cond, verbosity=v)
r = run(TD, Cond, Clean, failfast=True, verbosity=2)
print(r.testsRun, r.shouldStop)
old = sys.stdout
r = run(Buf, buffer=True)
print(sys.stdout is old)
r = run()
print(len(r.errors))
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Cond))
loader.testMethodPrefix = "test_n"
print(loader.getTestCaseNames(Cond))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*sub*", "*_if"]
print(loader.getTestCaseNames(Cond))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Cond))
s = unittest.TestLoader().loadTestsFromName("__main__.Cond.test_run")
print(s, s.countTestCases())
s = unittest.TestLoader().loadTestsFromNames(["Cond", "Clean.test_x"], sys.modules["__main__"])
print(s.countTestCases(), [t.id() for inner in s for t in inner])
l = unittest.TestLoader()
s = l.loadTestsFromName("nosuchmod_xyz")
print(s.countTestCases(), l.errors[0].splitlines()[0], l.errors[0].splitlines()[-1])
l = unittest.TestLoader()
s = l.loadTestsFromName("Cond.nothing", sys.modules["__main__"])
print(l.errors[0].splitlines()[-1])
run(s, verbosity=2) if False else None
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(s)
print(re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()).replace(HERE, "<dir>"))
t = Cond("test_run")
print(t.id(), str(t), repr(t), t.shortDescription(), t == Cond("test_run"), t.countTestCases())
try:
    Cond("nope")
except ValueError as e:
    print(e)
res = unittest.TestResult()
Clean("test_x").run(res)
print(res, len(res.errors), res.testsRun)
ft = unittest.FunctionTestCase(lambda: None, description="a lambda")
print(ft.shortDescription(), str(ft)[:40])
suite = unittest.TestSuite()
try:
    suite.addTest(Cond)
except TypeError as e:
    print(e)
try:
    suite.addTest(5)
except TypeError as e:
    print(e)
try:
    suite.addTests("abc")
except TypeError as e:
    print(e)
print(repr(unittest.TestSuite([Cond("test_run")])))
print(unittest.case.TestCase.maxDiff, unittest.util.safe_repr("x" * 100, short=True))
