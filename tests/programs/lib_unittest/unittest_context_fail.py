# Failing assertion blocks used as context managers: the failure is raised by __exit__,
# and the report's traceback shows the `with` line (CPython's location of the exit call),
# with the messages of assertRaises, assertRaisesRegex, assertWarns and assertWarnsRegex.
import io
import os
import re
import unittest
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))


class Blocks(unittest.TestCase):
    def test_raises_not_raised(self):
        with self.assertRaises(ValueError):
            int("5")

    def test_raises_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, r"^nothing"):
            int("x")

    def test_warns_not_triggered(self):
        with self.assertWarns(DeprecationWarning, msg="needs a warning"):
            pass

    def test_warns_regex(self):
        with self.assertWarnsRegex(UserWarning, "other"):
            warnings.warn("this one", UserWarning)

    def test_raises_other(self):
        with self.assertRaises(KeyError):
            [][1]

    def test_passing(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Blocks)
unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()).replace(HERE, "<dir>"))
