# An LRU cache relying on dict insertion order, and a memoizing decorator.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        try:
            value = self.data.pop(key)
        except KeyError:
            self.misses += 1
            return default
        self.data[key] = value
        self.hits += 1
        return value

    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        while len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]

    def __repr__(self):
        return f"LRU({self.capacity}, {self.data}, hits={self.hits}, misses={self.misses})"


c = LRU(3)
for k in ["a", "b", "c"]:
    c.put(k, k.upper())
print(c)
print(c.get("a"), c)
c.put("d", "D")
print(c, c.get("b"), c.get("b", "?"))
c.put("c", "see")
print(list(c.data), list(c.data.items()))


def lru_cache(maxsize):
    def deco(fn):
        cache = LRU(maxsize)
        sentinel = object()

        def wrapper(*args, **kwargs):
            key = args + tuple(sorted(kwargs.items()))
            r = cache.get(key, sentinel)
            if r is sentinel:
                r = fn(*args, **kwargs)
                cache.put(key, r)
            return r
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return deco


@lru_cache(maxsize=100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache.data), fib.__name__)


@lru_cache(2)
def add(a, b=0, *, c=0):
    print("  computing", a, b, c)
    return a + b + c


print(add(1), add(1), add(1, 2), add(1, c=5), add(1), add(1, c=5))
d = {}
d[1] = "one"; d[2] = "two"; d[1.0] = "uno"; d[True] = "yes"
print(d)
d.pop(1)
d[1] = 1
print(d, list(reversed(d)), list(reversed(d.items())))
x = dict.fromkeys("hello")
print(x, list(x))
x.update(zip("abc", range(3)), z=9)
print(x)
print({**x, "h": 0} | {"q": 1})
x |= [("w", 1)]
print(x, x.setdefault("h", 5), x.setdefault("new", []), x.popitem(), x.popitem())
