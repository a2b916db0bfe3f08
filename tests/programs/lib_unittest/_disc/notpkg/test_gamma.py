import unittest


class Gamma(unittest.TestCase):
    def test_never_found(self):
        pass
