# comprehension iteration variables do not leak (PEP 709 inlining keeps this)
x = "outer"
result = [x for x in range(3)]
print(x, result)
def f():
    y = "local"
    r = [y for y in "ab"]
    return y, r
print(f())
def g():
    items = [1, 2]
    return [i * len(items) for i in items]
print(g())
def h():
    return [locals_name for locals_name in range(2)], "locals_name" in dir()
print(h())
def shadow():
    i = 99
    squares = [i * i for i in range(4)]
    return i, squares
print(shadow())
def comp_sees_enclosing():
    k = 10
    return [v + k for v in range(3)], {v: k for v in range(2)}, list(v * k for v in range(2))
print(comp_sees_enclosing())
def comp_locals():
    a = 1
    return [sorted(locals()) for _ in range(1)]
print(comp_locals())
