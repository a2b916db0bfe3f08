# super().__init__ in subclasses reaches the built-in exceptions' own __init__ (fields, keywords)
def attempt(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class E(ImportError):
    def __init__(self, m):
        super().__init__(m, name="x", path="p")
e = E("m"); print(e.name, e.path, e.msg, e.args, str(e))
class S(SyntaxError):
    def __init__(self):
        super().__init__("m", ("dir/f", 1, 2, "t"))
s = S(); print(s.filename, s.lineno, s.msg, str(s), s.args)
class O(OSError):
    def __init__(self):
        super().__init__(2, "nf", "file")
o = O(); print(o.errno, o.strerror, o.filename, str(o), o.args, type(o).__name__)
class U(UnicodeDecodeError):
    def __init__(self):
        super().__init__("utf-8", b"x", 0, 1, "r")
print(str(U()), U().args)
class K(KeyError):
    def __init__(self):
        super().__init__("a", kw=1)
attempt(K)
class N(NameError):
    def __init__(self):
        super().__init__("n", name="nm")
print(N().name)
class A(AttributeError):
    def __init__(self):
        super().__init__("a", name="nm", obj=5)
print(A().name, A().obj)
class Plain(Exception):
    def __init__(self):
        super().__init__(1, 2)
print(Plain().args)
class EG(ExceptionGroup):
    def __init__(self, m, excs):
        super().__init__(m, excs)
        self.extra = 1
g = EG("m", [ValueError()])
print(repr(g), g.extra, g.exceptions)
