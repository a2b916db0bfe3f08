import unittest


class Beta(unittest.TestCase):
    def test_b(self):
        pass

    @unittest.skip("later")
    def test_skipped(self):
        pass
