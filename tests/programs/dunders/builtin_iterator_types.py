# enumerate, zip, map, filter and reversed are types; iterators' __length_hint__; the
# one-dimensional memoryview's context manager, toreadonly, contiguity and strides.

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
