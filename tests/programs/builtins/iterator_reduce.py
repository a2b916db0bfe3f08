# The built-in iterators' __reduce__ and __setstate__ (what pickle and copy use): the
# sequence and index, the exhausted form, clamping of the state, range iterators as a
# range of what is left, and the lazy iterators' constructor arguments.


def show(label, r):
    func, args, *state = r
    print(label, func.__name__, [type(a).__name__ if "iterator" in type(a).__name__ else a
                                 for a in args], state)


it = iter([1, 2, 3])
show("list fresh", it.__reduce__())
next(it)
show("list one", it.__reduce__())
next(it), next(it)
show("list at end", it.__reduce__())
print(next(it, "done"))
show("list exhausted", it.__reduce__())
it.__setstate__(0)
print(list(it))

it = iter([1, 2, 3, 4])
it.__setstate__(2)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(-5)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(99)
print(list(it), it.__length_hint__())

t = iter((1, 2, 3))
t.__setstate__(1)
show("tuple", t.__reduce__())
print(list(t))
show("tuple exhausted", t.__reduce__())

s = iter("héllo")
next(s)
show("str", s.__reduce__())
s.__setstate__(3)
print(list(s))
show("str exhausted", s.__reduce__())

r = iter(range(10, 40, 3))
next(r)
next(r)
show("range", r.__reduce__())
r.__setstate__(2)
print(list(r))
show("range at end", r.__reduce__())
r = iter(range(5))
r.__setstate__(-1)
print(list(r))
r = iter(range(0, -10, -2))
r.__setstate__(100)
print(list(r), r.__reduce__()[1])

e = enumerate("abc", 5)
next(e)
show("enumerate", e.__reduce__())
show("zip", zip([1], "a").__reduce__())
show("zip strict", zip([1], "a", strict=True).__reduce__())
z = zip([1, 2], [3])
z.__setstate__(True)
try:
    list(z)
except ValueError as exc:
    print("ValueError:", exc)
show("map", map(abs, [1], [2]).__reduce__())
show("filter", filter(None, [0, 1]).__reduce__())

rv = reversed([1, 2, 3])
next(rv)
show("list reversed", rv.__reduce__())
rv.__setstate__(5)
print(list(rv))
show("list reversed exhausted", rv.__reduce__())
rs = reversed("abcd")
show("reversed", rs.__reduce__())
rs.__setstate__(1)
print(list(rs))
show("reversed exhausted", rs.__reduce__())

grow = [1]
g = iter(grow)
print(next(g), next(g, "end"))
grow.append(2)
print(next(g, "still ended"), g.__length_hint__())

b = iter(b"xyz")
next(b)
show("bytes", b.__reduce__())
b.__setstate__(2)
print(list(b))
show("bytes exhausted", b.__reduce__())
ba = iter(bytearray(b"pq"))
show("bytearray", ba.__reduce__())
ba.__setstate__(-3)
print(list(ba))
show("bytearray exhausted", ba.__reduce__())
