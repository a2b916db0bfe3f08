# array: typecodes, conversions, overflow messages, slicing, repr
import array
from array import array as A

a = A("i", [1, 2, 3])
print(a, a.itemsize, a.typecode, array.typecodes, a[1:], a * 2, a[::-1], len(a), a[0], a[-1])
print(A("d", [1.5, 2]), A("f", [0.1]), A("b"), A("B", b"ab"), A("w", "hi"), A("q", [-(2 ** 63)]),
      A("Q", [2 ** 64 - 1]), A("I", [2 ** 32 - 1]), A("L", [2 ** 63]))
print(a.tobytes(), A("h", [1, -2]).tobytes(), A("d", [1.0]).tobytes(), A("f", [2.5]).tobytes(),
      A("w", "é").tobytes(), A("Q", [2 ** 64 - 1]).tobytes())
for tc in "bBhHiIlLqQ":
    print(tc, A(tc).itemsize, end="; ")
print()
for tc in "bBhHiIlLqQ":
    for v in (2 ** 64, -(2 ** 64), 2 ** 31, -1, 300, 70000):
        try:
            A(tc, [v])
            r = "ok"
        except OverflowError as e:
            r = f"OverflowError: {e}"
        print(tc, v, r)
b = A("i")
b.append(5)
b.extend([6, 7])
b.extend(A("i", [8]))
b.fromlist([9])
b.insert(0, 4)
b.insert(-1, 0)
print(b, b.tolist(), b.count(0), b.index(7), b.index(9, 2), 7 in b, 99 in b)
print(b.pop(), b.pop(0), b)
b.remove(0)
b.reverse()
print(b)
b[0] = 100
b[1:3] = A("i", [1, 1, 1])
del b[-1]
print(b, b == A("i", [100, 1, 1, 1]), b < A("i", [101]), b != A("d", [100, 1, 1, 1]),
      A("i", [1]) == A("d", [1.0]))
c = A("h", [1, 256])
c.byteswap()
print(c, A("h", c.tobytes()))
d = A("i")
d.frombytes(b"\x01\x00\x00\x00\xff\xff\xff\xff")
print(d, list(d), sum(d))
u = A("w", "ab")
u.fromunicode("cd")
u.append("e")
print(u, u.tounicode(), u[1], u[1:3])
x = A("d", [1.0, 2.0])
x += A("d", [3.0])
x *= 2
print(x, 2 * A("b", [1]), A("i", a), A("d", A("i", [1, 2])))
import copy
print(copy.copy(a), copy.deepcopy(a), copy.copy(a) is a, array.ArrayType is A, A("i", range(3)))
for thunk in (lambda: A("z"), lambda: A("i", [1.5]), lambda: A("f", ["a"]), lambda: A("w", [1]),
              lambda: A("i", "ab"), lambda: A("i").frombytes(b"abc"), lambda: A("i", [1]).index(5),
              lambda: A("i", [1]).remove(5), lambda: A("i").pop(), lambda: A("i") + A("d"),
              lambda: A("i", [1])[5], lambda: A("i", [1, 2]) + [3], lambda: A("i", [1]).fromlist([1, "a"]),
              lambda: A("d", [1, 2]).tounicode(), lambda: A(1), lambda: A("ii"),
              lambda: A("i", [1]).__setitem__(slice(0, 1), [2]), lambda: A("b", [1]).__setitem__(0, 999),
              lambda: A("i", [1])["x"], lambda: A("i").fromlist((1,)), lambda: A("B").append(-1)):
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
A("H", [70000])
