# cell objects shared between closures
def pair():
    shared = []
    def add(x):
        shared.append(x)
    def show():
        return list(shared)
    return add, show
add, show = pair()
add(1); add(2)
print(show())
def cell_info():
    a = 1
    b = 2
    def f():
        return a + b
    return f
f = cell_info()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__], f())
def no_closure():
    return 1
print(no_closure.__closure__)
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle
print(outer()()(), outer().__code__.co_freevars, outer()().__code__.co_freevars)
