# *args and **kwargs
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1), f(1, 2, x=3), f(*range(3), **dict(a=1)), f(*"ab", *[1], **{"k": 0}, z=1))
def g(a, b=2, *rest, c, d=4, **opts):
    return a, b, rest, c, d, opts
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6), g(*[9, 8, 7], c=0, d=1, zz=2))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(101)))
def pass_through(*a, **k):
    return f(*a, **k)
print(pass_through(1, y=2))
def kwonly_after_star(*, flag=False):
    return flag
print(kwonly_after_star(), kwonly_after_star(flag=True))
print(type(f()[0]).__name__, type(f()[1]).__name__)
