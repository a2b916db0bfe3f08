# sequence * object: the object's reflected method, __index__, then CPython's TypeError
class NoMul:
    pass


class DeclinesMul:
    def __rmul__(self, other):
        return NotImplemented

    def __mul__(self, other):
        return NotImplemented


class Index:
    def __index__(self):
        return 2


class Reflects:
    def __rmul__(self, other):
        return ('rmul', other)


class MyList(list):
    pass


class MyTuple(tuple):
    pass


cases = [
    lambda: [1] * NoMul(), lambda: NoMul() * [1], lambda: [1] * DeclinesMul(),
    lambda: DeclinesMul() * [1], lambda: (1,) * DeclinesMul(), lambda: 'ab' * DeclinesMul(),
    lambda: b'ab' * DeclinesMul(), lambda: bytearray(b'a') * NoMul(),
    lambda: [1] * Index(), lambda: Index() * [1], lambda: (1, 2) * Index(),
    lambda: [1] * Reflects(), lambda: (1,) * Reflects(), lambda: MyList([1]) * 2,
    lambda: type(MyList([1]) * Index()).__name__, lambda: MyList([3]) * DeclinesMul(),
    lambda: MyTuple((1,)) * NoMul(), lambda: [1] * 2.5, lambda: 2.5 * (1,),
    lambda: [1].__mul__(Index()), lambda: (5,).__rmul__(Index()),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print('TypeError:', e)
x = [0]
x *= Index()
print(x)
