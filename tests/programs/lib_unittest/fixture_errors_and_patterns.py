# Class fixture errors reported and raised under debug(), and -k name patterns matched
# with fnmatch (ranges, negated sets, a reversed range that matches nothing).
import unittest, io, sys

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(lambda: print("class cleanup"))
        raise ValueError("boom class")
    def test_a(self): pass

class B(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("td")
    def test_b(self): pass
    def test_range_x(self): pass
    def test_c9(self): pass

def run(*classes, patterns=None):
    loader = unittest.TestLoader()
    loader.testNamePatterns = patterns
    suite = unittest.TestSuite()
    for c in classes:
        suite.addTests(loader.loadTestsFromTestCase(c))
    out = io.StringIO()
    r = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
    text = out.getvalue()
    lines = [line.replace(__file__, 'FILE') for line in text.splitlines()]
    print([line for line in lines if not line.startswith(('Ran ', '---', '==='))][:40])
    print(len(r.errors), [str(t) for t, _ in r.errors])
    return suite

run(A, B)
run(B, patterns=['*range*', '*c[0-9]', '*[!a-z]'])
run(B, patterns=['*[z-a]*', 'test_?'])
s = unittest.TestSuite([A('test_a')])
try:
    s.debug()
except ValueError as e:
    print("debug raised", e)
s = unittest.TestSuite([B('test_b')])
try:
    s.debug()
except KeyError as e:
    print("debug raised", e)
