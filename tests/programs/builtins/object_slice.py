# object() and slice()
o = object()
print(type(o).__name__, hasattr(o, "__dict__"), o == o, o != object(), bool(o))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
s = slice(2, 8, 2)
print(s, slice(3), slice(None, None), "abcdefghij"[s], list(range(10))[slice(-3, None)], s.indices(5))
print(slice(1, 2, 3).start, slice(1).stop, slice(1).start)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
