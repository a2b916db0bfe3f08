# unittest.main() with options from argv: -k selection, a named test, exit=False and the
# program's attributes; then a real exit through SystemExit(0), whose report on stderr
# is compared in full.
import re
import sys
import unittest


class Words(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("ab".upper(), "AB")

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b"])

    def test_join(self):
        self.assertEqual("-".join("ab"), "a-b")


class Stream:
    def __init__(self, out):
        self.out = out

    def write(self, s):
        self.out.write(re.sub(r"in \d+\.\d+s", "in 0.000s", s))

    def flush(self):
        pass


def runner(verbosity=1):
    return unittest.TextTestRunner(stream=Stream(sys.stdout), verbosity=verbosity)


p = unittest.main(argv=["prog", "-k", "sp"], testRunner=runner(2), exit=False,
                  testLoader=unittest.TestLoader())
print(p.result.testsRun, p.verbosity, p.failfast, p.testNamePatterns)
p = unittest.main(argv=["prog", "Words.test_join", "-v"], testRunner=runner(2), exit=False)
print(p.testNames, p.result.testsRun)
p = unittest.main(argv=["prog", "-k", "nothing"], testRunner=runner(), exit=False,
                  testLoader=unittest.TestLoader())
print(p.result.testsRun)
try:
    unittest.main(argv=["prog", "-k", "nothing"], testRunner=runner(),
                  testLoader=unittest.TestLoader())
except SystemExit as e:
    print("SystemExit", e.code)
try:
    unittest.main(argv=["prog", "--no-such-option"], testRunner=runner())
except SystemExit as e:
    print("SystemExit", e.code)
unittest.main(argv=["prog"], testRunner=unittest.TextTestRunner(stream=Stream(sys.stderr)))
