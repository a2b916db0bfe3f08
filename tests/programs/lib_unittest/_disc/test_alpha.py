import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_two(self):
        self.assertEqual(sorted("cab"), ["a", "b", "d"])
