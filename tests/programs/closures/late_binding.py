# closures see the variable, not the value at definition time
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i * 10)
    i = 100
    return fns
print([f() for f in make()])
x = 1
def read_x():
    return x
x = 2
print(read_x())
def outer():
    v = "before"
    def inner():
        return v
    v = "after"
    return inner
print(outer()())
