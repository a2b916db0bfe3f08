# **kwargs is a fresh dict in call order
def f(**kw):
    kw["added"] = True
    return kw
d = {"b": 1, "a": 2}
r = f(**d)
print(r, d, r is d)
def g(a, **kw):
    return a, kw
print(g(1, **{"b": 2}), g(**{"a": 1, "b": 2}), g(a=1, **{"c": 3}, b=2))
try:
    g(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()))
