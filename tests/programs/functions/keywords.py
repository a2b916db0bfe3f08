# calling with keyword arguments in any order
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2), f(1, 2, 5), f(1, b=2), f(c=7, b=2, a=1), f(1, 2, d=0), f(*[1, 2], **{"d": 9}))
def g(x, /, y, *, z):
    return x, y, z
print(g(1, 2, z=3), g(1, y=2, z=3))
args = {"b": 20, "a": 10}
print(f(**args), f(**args, c=30), f(1, *(2, 3), d=4))
def show(**kw):
    return kw
print(show(), show(a=1, b=2), show(**{"x": 1}, y=2), show(**{"not an identifier": 1, "1": 2}))
