# TextTestRunner at verbosity 0, 1 and 2: dots and letters, "ok"/"FAIL"/"ERROR"/skipped
# lines, the error list with tracebacks that hide unittest's frames (chained exceptions
# too), docstring descriptions, subtests, expected failures and the summary line.
import unittest, io, re
import os
HERE = os.path.dirname(os.path.abspath(__file__))

def setUpModule():
    print("setUpModule")
def tearDownModule():
    print("tearDownModule")

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass A")
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass A")
    def setUp(self):
        self.x = 1
    def test_ok(self):
        """Checks that one is one.

        More text."""
        self.assertEqual(self.x, 1)
    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_error(self):
        {}["k"]
    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_multiline(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")
    def test_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3}, "with msg")
    def test_chain(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("bad") from e

def run(verbosity):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(A)
    r = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()).replace(HERE, "<dir>"))
    print(r, r.wasSuccessful())

for v in (0, 1, 2):
    run(v)
