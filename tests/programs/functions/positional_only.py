# positional-only parameters
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def g(a, /, **kw):
    return a, kw
print(g(1, a=2), g(1, b=2))
def h(x=0, /):
    return x
print(h(), h(5))
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    h(x=1)
except TypeError as e:
    print("TypeError:", e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames, g.__code__.co_varnames)
