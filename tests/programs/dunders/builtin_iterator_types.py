# enumerate, zip, map, filter and reversed are types; iterators' __length_hint__; the
# one-dimensional memoryview's context manager, toreadonly, contiguity and strides.
import sys

print(enumerate, zip, map, filter, reversed, type(enumerate))
print(isinstance(enumerate([]), enumerate), isinstance(zip(), zip), isinstance(map(abs, []), map))
print(isinstance(filter(None, []), filter), isinstance(reversed("ab"), reversed), type(reversed(range(3))).__name__)
print(list(enumerate('ab', 1)), list(enumerate('ab', start=5)), list(zip('ab', 'cd')), list(map(abs, [-1])))
print(list(filter(None, [0, 1])), list(reversed([1, 2])), enumerate[int])
e = enumerate('ab'); print(e.__iter__() is e, e.__next__(), next(e))
r = reversed([1, 2, 3]); print(r.__length_hint__()); next(r); print(r.__length_hint__())
it = iter([1, 2, 3]); print(it.__length_hint__()); next(it); print(it.__length_hint__())
for bad in [lambda: enumerate(), lambda: reversed(), lambda: reversed(1, 2), lambda: map(abs), lambda: filter(None), lambda: reversed(3)]:
    try: bad()
    except TypeError as x: print(x)
try:
    list(zip('a', 'bc', strict=True))
except ValueError as x: print(x)
print(enumerate.__name__, zip.__qualname__, map.__module__)

class A:
    def f(self): return super()
class B(A): pass
s = super(B, B())
print(s.__thisclass__, s.__self__.__class__, s.__self_class__)
s2 = super(B, B)
print(s2.__thisclass__, s2.__self__, s2.__self_class__, s.__get__(1) is s)
b = bytearray(b'abcdef')
m = memoryview(b)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m.strides, m.suboffsets)
m2 = m[::2]
print(m2.c_contiguous, m2.f_contiguous, m2.contiguous, m2.strides, m[::-1].strides, m[1:2:3].contiguous, m[0:0:2].contiguous)
r = m.toreadonly(); print(r.readonly, m.readonly, r.tobytes(), r[1:].readonly)
for op in [lambda: r.__setitem__(0, 1), lambda: r.__delitem__(0), lambda: m.__delitem__(0)]:
    try: op()
    except TypeError as e: print(e)
try:
    del m[0]
except TypeError as e: print(e)
with memoryview(b'xy') as v:
    print(v.tobytes())
print(repr(v).startswith('<released memory'))
for op in [lambda: v.toreadonly(), lambda: v.strides, lambda: v.c_contiguous, lambda: v.__enter__()]:
    try: op()
    except ValueError as e: print(e)
print(bytes(memoryview(b'ab')), bytes(bytearray(b'cd')), b'ab'.__bytes__())
print(3 in {1: 3}.values(), 4 in {1: 3}.values())
t = iter((1, 2, 3))
print(t.__length_hint__(), next(t), t.__length_hint__(), list(t), t.__length_hint__())
r = iter(range(10, 0, -3))
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
l = [1, 2, 3]
it = iter(l)
next(it)
l.clear()
print(it.__length_hint__())
rv = reversed("abc")
print(rv.__length_hint__(), next(rv), rv.__length_hint__(), list(rv), rv.__length_hint__())
print(type(iter([])).__length_hint__(iter([5])))
try:
    iter([]).__length_hint__(1)
except TypeError as e:
    print(e)

print(type(reversed([1])).__name__, isinstance(reversed([1]), reversed), list(reversed([1, 2])))
r = reversed([1, 2, 3]); print(r.__length_hint__(), next(r), r.__length_hint__())
for s in ['abc', 'h\u00e9\U0001f600x']:
    it = iter(s); next(it); print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
for b in [b'abc', bytearray(b'xyz')]:
    it = iter(b); next(it); print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
ba = bytearray(b'abc'); it = iter(ba); ba.clear(); print(it.__length_hint__(), list(it))
print(sys.__dict__ is vars(sys), type(sys).__dict__['__dict__'], type(sys).__dict__['__dict__'].__get__(sys) is vars(sys))
print(type(iter(b'')).__name__ in dir(__builtins__))

d = {1: 2, 3: 4, 5: 6}
for it in [iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.values()), reversed(d.items()), iter({1, 2, 3}), iter(frozenset({4}))]:
    n = it.__length_hint__(); next(it)
    print(type(it).__name__, n, it.__length_hint__(), list(it), it.__length_hint__())
it = iter(d); d[7] = 8; print(it.__length_hint__())
s = {1, 2}; it = iter(s); s.add(3); print(it.__length_hint__())
print(iter({1: 2}).__next__())
