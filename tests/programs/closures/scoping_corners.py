# global/nonlocal corners, class-body scoping, name mangling.
x = "global x"
counter = 0

def bump():
    global counter
    counter += 1
    return counter

def make():
    x = "enclosing x"
    class C:
        x = "class x"
        y = x                      # class x
        def m(self):
            return x               # enclosing x, not the class attribute
        comp = [x for _ in range(1)]   # comprehension in a class body: sees... the enclosing x
        first = [c for c in x]     # the first iterable is evaluated in the class scope
        z = (lambda: x)()
    return C

C = make()
print(C.y, C().m(), C.comp, C.first[:5], C.z)

class D:
    a = 1
    b = [a for _ in range(2)] if False else None
    try:
        c = [a * i for i in range(3)]
    except NameError as e:
        c = f"NameError: {e}"
    d = [i for i in range(a + 2)]
print(D.c, D.d)

def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 10
            return v
        return inner
    f = mid()
    f()
    f()
    return v

print(outer(), bump(), bump(), counter)

def shadow():
    global x
    x = "rebound"
    def read():
        return x
    return read()

print(shadow(), x)

def late():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]

print(late())

def del_nonlocal():
    y = 5
    def kill():
        nonlocal y
        del y
    kill()
    try:
        return y
    except NameError as e:
        return f"{type(e).__name__}: {e}"

print(del_nonlocal())

def unbound():
    try:
        print(zz)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    zz = 1
    return zz

print(unbound())

def free_unbound():
    def g():
        return w
    try:
        g()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    w = 2
    return g()

print(free_unbound())

class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self._Account__id = Account.__count

    def owner(self):
        return self.__owner

    def peek(self):
        def helper():
            return self.__owner.upper()
        return helper(), (lambda: self.__id)(), [self.__owner for _ in "ab"]

    def dyn(self):
        return getattr(self, "__owner", "no plain name"), getattr(self, "_Account__owner")

    def __dunder__(self):
        return "not mangled"

class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow"

    def both(self):
        return self.__owner, self._Account__owner

a = Account("ann")
s = Savings("sam")
print(a.owner(), a.peek(), a.dyn(), s.both(), s.owner(), sorted(vars(s)), a.__dunder__())
print(Account._Account__count, hasattr(a, "__owner"), "_Account__owner" in a.__dict__)
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)

class _Under:
    def __m(self):
        return "m"
    def call(self):
        return self.__m()
print(_Under().call(), [k for k in vars(_Under) if "m" in k and not k.startswith("__")])

class __Dunder:
    def __x(self):
        return 1
print([k for k in vars(__Dunder) if "x" in k])

def in_func():
    __local = 3
    return locals()
print(in_func())

class Outer:
    class __Inner:
        pass
    def get(self):
        return self.__Inner.__name__, self.__Inner.__qualname__
print(Outer().get(), [k for k in vars(Outer) if "Inner" in k])

class Kw:
    def f(self, __a, *, __b=2):
        return __a, __b
print(Kw().f(1), Kw.f.__code__.co_varnames)
