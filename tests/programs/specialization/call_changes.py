# Call sites specialized for one function while the callee changes: other functions,
# defaults changed, builtins, classes with __init__, bound methods, callables.
def f(a, b=10):
    return a + b

def g(a, b, c=1):
    return a * b * c

def call1(fn, x):
    return fn(x)

def call2(fn, x, y):
    return fn(x, y)

print([call2(f, i, i) for i in range(4)], [call1(f, i) for i in range(4)])
f.__defaults__ = (100,)
print([call1(f, i) for i in range(3)])
print([call2(g, i, 2) for i in range(3)], call2(max, 3, 9), call1(len, "abcd"))
print(call1(str, 5), call1(lambda v: v * 2, 21))

class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def make(cls, v):
    return cls(v)

print([make(Box, i).get() for i in range(3)])
Box.__init__ = lambda self, v: setattr(self, "v", -v)
print([make(Box, i).get() for i in range(3)])

class Weird:
    def __init__(self, v):
        self.v = v
        return None

class Bad:
    def __init__(self, v):
        return v

print(make(Weird, 3).v)
try:
    make(Bad, 4)
except TypeError as e:
    print(e)

class Adder:
    def __call__(self, x):
        return x + 1
print(call1(Adder(), 1), call1(Box(5).get.__func__, Box(6)))
try:
    call2(f, 1, 2) and call1(g, 1)
except TypeError as e:
    print(e)

def count_len(items):
    return [len(x) for x in items]
print(count_len(["a", [1, 2], (1, 2, 3), {}, range(7)]))

def isint(x):
    return isinstance(x, int)
print([isint(v) for v in (1, True, 1.0, "1", 10**40)])
