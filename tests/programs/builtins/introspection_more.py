# slice objects, iter with a sentinel, delattr, vars, function and method attributes
s = slice(1, 10, 3)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice(4), slice(1, 2), [0, 1, 2, 3, 4, 5][slice(1, None, 2)])
for args in ((), (1, 2, 3, 4)):
    try:
        slice(*args)
    except TypeError as e:
        print("TypeError:", e)
vals = iter([5, 4, 3, 0, 2])
print(list(iter(lambda: next(vals), 0)), type(iter(int, 1)).__name__)
class P:
    pass
p = P()
p.a, p.b = 1, 2
delattr(p, "a")
print(vars(p))
try:
    delattr(p, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def f(x, y=2, *, z=3):
    return x
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
f.__defaults__ = (10,)
f.__name__ = "g"
f.__doc__ = "doc"
print(f.__defaults__, f.__name__, f.__qualname__, f.__doc__, f.__dict__)
class C:
    def m(self):
        return 1
c = C()
print(c.m.__self__ is c, c.m.__func__ is C.m, c.m == c.m, c.m != C().m, c.m.__name__)
print([].append.__name__, [].append.__qualname__, type(zip()).__name__, type(map(len, [])).__name__)
for e in (SystemExit(), SystemExit(2), SystemExit(1, 2), StopIteration(), StopIteration(7)):
    print(repr(e), getattr(e, "code", "-"), getattr(e, "value", "-"))
o = OSError(2, "No such file", "f.txt")
print(type(o).__name__, o.errno, o.strerror, o.filename, o.args, str(o))
print(str(OSError(99, "other")), type(OSError(13, "denied")).__name__, OSError("x").errno)
print(isinstance(OSError(17, "e"), FileExistsError), IOError is OSError)
