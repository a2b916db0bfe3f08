# Every TestCase assertion, passing and failing: CPython 3.13's exact messages, with
# longMessage, msg=, maxDiff truncation, the type-specific comparisons (strings through
# ndiff, sequences, dicts, sets), assertRaises/assertWarns as callables and contexts.
import unittest, io, re, sys, warnings

class T(unittest.TestCase):
    maxDiff = None
    def check(self, f, *a, **k):
        try:
            f(*a, **k)
        except self.failureException as e:
            print(f.__name__, "->", str(e))
        except Exception as e:
            print(f.__name__, "raised", type(e).__name__, e)
        else:
            print(f.__name__, "passed")

    def runTest(self):
        c = self.check
        c(self.assertEqual, 1, 2)
        c(self.assertEqual, 1, 2, "custom")
        c(self.assertEqual, "x" * 100, "x" * 99 + "y")
        c(self.assertEqual, "a" * 50 + "b" * 50, "a" * 50 + "c" * 50)
        c(self.assertEqual, "abc", "abd")
        c(self.assertEqual, "line1\nline2", "line1\nline3")
        c(self.assertEqual, "", "x\n")
        c(self.assertEqual, "x\n", "")
        c(self.assertEqual, [1, 2], [1, 2, 3])
        c(self.assertEqual, [1, 2, 3, 4], [1, 2])
        c(self.assertEqual, (1, "a"), (1, "b"))
        c(self.assertEqual, [1, 2], (1, 2))
        c(self.assertEqual, {1, 2, 3}, {2, 3, 4})
        c(self.assertEqual, frozenset([1]), frozenset())
        c(self.assertEqual, {"a": [1, 2], "b": "x" * 30}, {"a": [1, 3], "b": "x" * 30, "c": None})
        c(self.assertEqual, list(range(100)), list(range(1, 101)))
        c(self.assertNotEqual, 3, 3)
        c(self.assertTrue, 0)
        c(self.assertFalse, [1])
        c(self.assertTrue, 0, "why")
        c(self.assertIs, None, 0)
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 5)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 4, [1, 2])
        c(self.assertNotIn, 1, [1, 2])
        c(self.assertIsInstance, 1, str)
        c(self.assertNotIsInstance, 1, int)
        c(self.assertLess, 2, 1)
        c(self.assertLessEqual, 2, 1)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertAlmostEqual, 1.0, 1.1)
        c(self.assertAlmostEqual, 1.0, 1.00000001)
        c(self.assertAlmostEqual, 1.0, 1.1, places=3)
        c(self.assertAlmostEqual, 1.0, 1.1, delta=0.05)
        c(self.assertAlmostEqual, 1.0, 1.1, delta=0.5)
        c(self.assertAlmostEqual, 1.0, 1.1, places=1, delta=0.5)
        c(self.assertNotAlmostEqual, 1.0, 1.00000001)
        c(self.assertNotAlmostEqual, 1.0, 1.1, delta=0.5)
        c(self.assertCountEqual, [1, 2, 2], [2, 1, 1])
        c(self.assertCountEqual, [[1], [2]], [[2], [2]])
        c(self.assertCountEqual, "abc", "cba")
        c(self.assertRegex, "hello", "wor")
        c(self.assertNotRegex, "hello world", "o w")
        c(self.assertSequenceEqual, [1], 5)
        c(self.assertListEqual, (1,), [1])
        c(self.assertTupleEqual, (1,), [1])
        c(self.assertDictEqual, [], {})
        c(self.assertSetEqual, {1}, [1])
        c(self.assertSetEqual, [1], {1})
        c(self.assertMultiLineEqual, 1, "a")
        c(self.assertRaises, ValueError, int, "5")
        c(self.assertRaises, ValueError, int, "x")
        c(self.assertRaises, ValueError, lambda: {}[1])
        c(self.assertRaises, 5)
        c(self.assertRaisesRegex, ValueError, "foo", int, "x")
        c(self.assertRaisesRegex, ValueError, "invalid", int, "x")
        with self.assertRaises(KeyError) as cm:
            {}["q"]
        print(repr(cm.exception), cm.exception.__traceback__)
        try:
            with self.assertRaises(KeyError, msg="mm"):
                pass
        except AssertionError as e:
            print(e)
        try:
            with self.assertRaises((KeyError, IndexError)):
                pass
        except AssertionError as e:
            print(e)
        try:
            self.assertRaises(KeyError, bad=1)
        except TypeError as e:
            print(e)
        def warner():
            warnings.warn("careful", UserWarning)
        c(self.assertWarns, UserWarning, warner)
        c(self.assertWarns, DeprecationWarning, warner)
        c(self.assertWarnsRegex, UserWarning, "nope", warner)
        with self.assertWarns(UserWarning) as cm:
            warner()
        print(cm.warning, cm.lineno > 0)
        c(self.fail, "plain")
        c(self.fail)
        self.longMessage = False
        c(self.assertEqual, 1, 2, "only")
        c(self.assertEqual, 1, 2)
        self.longMessage = True
        self.maxDiff = 30
        c(self.assertEqual, [1, 2, 3], [1, 2, 4])
        c(self.assertEqual, "a\nb\n", "a\nc\n")
        self.maxDiff = 640
        class Bad:
            def __repr__(self):
                raise RuntimeError
            def __eq__(self, o):
                return False
        c(self.assertEqual, 1, 2.5)
        c(self.assertAlmostEqual, 1, 2)
        self.addTypeEqualityFunc(int, lambda a, b, msg=None: print("int compare", a, b))
        self.assertEqual(3, 4)
        c(self.assertDictEqual, {"k": 1}, {"k": 2}, "extra")
        c(self.assertEqual, {1: "a" * 80}, {1: "a" * 79 + "b"})
        c(self.assertEqual, "\tx = 1\n", "\tx = 2\n")

T().runTest()
