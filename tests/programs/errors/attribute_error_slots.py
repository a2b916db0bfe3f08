# AttributeError assigning an attribute not in __slots__
class Pair:
    __slots__ = ("left", "right")
p = Pair()
p.left = 1
p.middle = 2
