# unittest.main() for real at verbosity 2: the report on stderr and sys.exit(1) after a
# failure (the status and the last line, "FAILED (failures=1, errors=1)", are checked).
import re
import sys
import unittest


class Numbers(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_wrong(self):
        self.assertEqual(2 * 2, 5)

    def test_crash(self):
        int("nope")

    @unittest.skip("not today")
    def test_skip(self):
        pass


class Stderr:
    # the run time varies from run to run
    def write(self, s):
        sys.stderr.write(re.sub(r"in \d+\.\d+s", "in 0.000s", s))

    def flush(self):
        sys.stderr.flush()


print("before main")
unittest.main(argv=["prog", "-v"], testRunner=unittest.TextTestRunner(stream=Stderr(), verbosity=2))
print("not reached")
