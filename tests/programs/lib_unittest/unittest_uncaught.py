# A test-carrying script whose failing assertion is not run by a runner: the
# AssertionError escapes with unittest's message (the status and last line are checked).
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


case = Case()
case.assertEqual([1, 2, 3], [1, 2, 3])
case.assertIn("b", "abc")
case.assertEqual({"x": 1}, {"x": 2})
