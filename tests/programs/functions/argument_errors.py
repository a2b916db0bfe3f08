# TypeError messages for wrong calls
def f(a, b):
    pass
def g(a, b=1):
    pass
def h(*, k):
    pass
def k(a, /, b):
    pass
def m(x, *args, y, z=0):
    pass
def n():
    pass
class C:
    def meth(self, x):
        pass
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, a=1),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, 4),
    lambda: h(),
    lambda: h(1),
    lambda: h(1, k=2),
    lambda: k(a=1, b=2),
    lambda: k(1),
    lambda: m(),
    lambda: m(1),
    lambda: m(1, 2, 3),
    lambda: n(1),
    lambda: n(x=1),
    lambda: C().meth(),
    lambda: C().meth(1, 2),
    lambda: C.meth(),
    lambda: f(**{"a": 1, "b": 2, "c": 3}),
    lambda: f(*[1], **{"a": 2}),
    lambda: f(**{1: 2}),
    lambda: f(*5),
    lambda: f(**[1]),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
