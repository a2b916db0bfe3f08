# functools' C parts as CPython 3.13 has them: reduce's argument errors, partial (flattening,
# keywords read at call time, __dict__, subclasses, repr, state), cmp_to_key's wrappers and
# lru_cache's wrapper (keys, hits and misses, eviction order, typed, recursion, methods)
import functools as ft


def f(*a, **k):
    return a, k


def show(s):
    try:
        r = eval(s)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(s, "->", r)


for s in ["ft.reduce()", "ft.reduce(1)", "ft.reduce(lambda a, b: a + b, [])",
          "ft.reduce(lambda a, b: a + b, 5)", "ft.reduce(lambda a, b: a + b, [1, 2], 3, 4)",
          "ft.reduce(lambda a, b: a + b, [1, 2], initial=3)", "ft.reduce(len, [], 7)",
          "ft.reduce(lambda a, b: a + b, [[1], [2], [3]])", "ft.reduce(max, 'hello')",
          "ft.reduce(lambda a, b: a * b, range(1, 20), 1)", "ft.reduce", "ft.reduce(1, [1, 2])"]:
    show(s)


def gen():
    yield 1
    raise ValueError("mid-iteration")


show("ft.reduce(lambda a, b: a + b, gen())")

p = ft.partial(f, 1, x=2)
for s in ["ft.partial()", "ft.partial(1)", "ft.partial(func=f)", "p(3, y=4)", "p(x=5)",
          "p.args", "p.keywords", "type(p)", "type(p).__module__",
          "ft.partial(p, 7, z=1).func is f", "ft.partial(p, 7, z=1)(8)", "ft.partial(len)('abc')",
          "ft.partial.__name__", "ft.partial(f, 1).__call__(2)", "callable(p)",
          "ft.partial(f)()", "ft.partial(int, base=2)('101')", "ft.partial(int, '101')(base=2)",
          "p.__reduce__()[1][0] is f", "p.__reduce__()[2][1:]", "ft.partial[int]"]:
    show(s)
p.keywords["late"] = True
print(p(), sorted(p.keywords))
for attr in ["func", "args", "keywords"]:
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print("AttributeError", e)
p.note = "hi"
q = ft.partial(p, 9)
print(p.__dict__, q.func is p, q.args, q())


class P(ft.partial):
    def extra(self):
        return len(self.args)


class Q(ft.partial):
    def __call__(self, *a):
        return ("Q", super().__call__(*a))


pp = P(f, 1)
print(type(pp).__name__, pp(2), pp.extra(), isinstance(pp, ft.partial))
r = ft.partial(pp, 2)
print(type(r).__name__, r.func is f, r.args)
qq = Q(f, 1)
r2 = ft.partial(qq, 2)
print(r2.func is qq, r2.args, r2(3))
s = ft.partial(f)
s.__setstate__((len, ("ab",), None, {"tag": 1}))
print(s(), s.args, s.keywords, s.__dict__)
for bad in [1, (1, 2), (1, (), None, None), (len, [], None, None), (len, (), [], None)]:
    try:
        s.__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)

# cmp_to_key
calls = []


def cmp(a, b):
    calls.append((a, b))
    return (a > b) - (a < b)


K = ft.cmp_to_key(cmp)
print(sorted([3, 1, 2], key=K), len(calls))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= k1, k2 >= k1, k1.obj)
for s in ["k1 < 2", "hash(k1)", "K()", "K(1, 2)", "ft.cmp_to_key()",
          "ft.cmp_to_key(mycmp=cmp)(5).obj", "type(K)", "sorted('bca', key=ft.cmp_to_key(lambda a, b: (a < b) - (a > b)))"]:
    show(s)

# lru_cache
log = []


@ft.lru_cache(maxsize=3)
def sq(x):
    log.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 1.0, 5, 3]:
    sq(v)
print(log, sq.cache_info())
print(sq(True), sq.cache_info().hits)
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__)


@ft.lru_cache(maxsize=None, typed=True)
def t(x, *, scale=1):
    log.append(("t", x, scale))
    return x * scale


log.clear()
print(t(1), t(1.0), t(1), t(1, scale=2), t(1, scale=2), t(scale=2, x=1))
print(log, t.cache_info(), t.cache_parameters())


@ft.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@ft.lru_cache(maxsize=2)
def rec(n):
    return 0 if n == 0 else rec(n - 1) + 1


print(rec(5), rec.cache_info(), [rec(i) for i in (5, 4, 0)], rec.cache_info())


@ft.lru_cache(maxsize=0)
def nocache(x):
    return [x]


print(nocache(1) is nocache(1), nocache.cache_info())


@ft.lru_cache
def unhashable(x):
    return x


try:
    unhashable([1])
except TypeError as e:
    print("TypeError", e, unhashable.cache_info())


class C:
    def __init__(self, n):
        self.n = n

    @ft.lru_cache(maxsize=4)
    def double(self, k):
        log.append(("double", self.n, k))
        return self.n * 2 + k

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, C) and other.n == self.n


log.clear()
print(C(1).double(1), C(1).double(1), C(2).double(1), log, C.double.cache_info())
print(type(C.__dict__["double"]).__name__, C.double.__qualname__)
for s in ["ft.lru_cache(-5)(len).cache_parameters()", "ft.lru_cache('a')",
          "ft.lru_cache(maxsize=2)(1)", "type(ft.cache(len)).__module__",
          "ft.lru_cache(maxsize=2)(len)('abc')", "ft.cache(len).__wrapped__",
          "ft.lru_cache(typed=True)(len).cache_parameters()"]:
    show(s)
import copy
print(copy.copy(sq) is sq, copy.deepcopy(sq) is sq)
sq("x")
