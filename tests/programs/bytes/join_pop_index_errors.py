# bytes.join over every kind of iterable and its error, range.index of ints and other values, complex.conjugate and bytearray.pop arguments.
class It:
    def __iter__(self): return iter([b"x", b"y"])
class Gi:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return b"g"
print(b",".join(x for x in [b"a", b"b"]), b",".join(It()), b"-".join(Gi()), b"".join(map(bytes, [[65], [66]])), bytearray(b"+").join({b"k": 1}), b".".join(iter([b"q"])), b"/".join(memoryview(b"ab").tobytes().split(b"a")))
for bad in [None, 5, 1.5]:
    try:
        b"".join(bad)
    except TypeError as e:
        print(e)
r = range(5)
for v in [2, 9, "a", None, 2.0, True]:
    try:
        print(r.index(v))
    except ValueError as e:
        print(e)
for args in [(), (1,)]:
    try:
        print((1+2j).conjugate(*args))
    except TypeError as e:
        print(e)
for ba, args in [(bytearray(), (None,)), (bytearray(), ()), (bytearray(b"ab"), ("x",)), (bytearray(b"ab"), (5,)), (bytearray(b"ab"), (-1,))]:
    try:
        print(ba.pop(*args))
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
