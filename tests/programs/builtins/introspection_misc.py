# Introspection of classes, functions, code, exec/eval namespaces and the sys module.
import sys
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class A:
    """Doc of A."""
    x: int = 1
    def meth(self): "m doc"
    class Inner:
        def f(self):
            def g(): pass
            return g
t(lambda: (A.__name__, A.__qualname__, A.Inner.__qualname__, A.Inner().f().__qualname__, A.meth.__qualname__))
t(lambda: (A.__doc__, A.meth.__doc__, A.__module__, A.__annotations__, A.__dict__.get("x")))
t(lambda: repr(A), )
t(lambda: str(A.Inner))
t(lambda: sorted(k for k in A.__dict__))
t(lambda: (type(A).__name__, type(type), type(None).__name__, type(...).__name__, type(NotImplemented).__name__))
t(lambda: A.__bases__ + A.__mro__)
t(lambda: (int.__base__, bool.__bases__, object.__bases__, type.__base__))
def outer():
    a = 1
    def inner(b, *args, c=3, **kw):
        "inner doc"
        d = a + b
        return locals()
    return inner
fn = outer()
t(lambda: fn(2))
t(lambda: (fn.__name__, fn.__qualname__, fn.__doc__, fn.__defaults__, fn.__kwdefaults__, fn.__module__))
t(lambda: (fn.__code__.co_varnames, fn.__code__.co_argcount, fn.__code__.co_kwonlyargcount, fn.__code__.co_name, fn.__code__.co_flags & 0xF))
t(lambda: fn.__code__.co_freevars)
def ann(a: int, b: "str" = "x", *c: float, d: list[int], **e: dict) -> bool: pass
t(lambda: ann.__annotations__)
t(lambda: (ann.__defaults__, ann.__kwdefaults__))
t(lambda: __name__)
t(lambda: sorted(k for k in globals() if not k.startswith("_"))[:5])
t(lambda: [k for k in dir() ])
def loc():
    x = 1
    y = [2]
    del x
    return sorted(locals()), vars() == locals()
t(loc)
t(lambda: eval("a + 1", {"a": 1}, {"a": 10}))
t(lambda: eval("[i for i in range(3)]"))
g = {}
exec("def f(x):\n    return x * 2\nr = f(21)", g)
t(lambda: (g["r"], "f" in g, "__builtins__" in g))
t(lambda: compile("1+1", "<s>", "eval").co_filename)
t(lambda: eval(compile("x = 5", "<s>", "exec")))
t(lambda: exec("raise ValueError('in exec')"))
t(lambda: eval("1 +"))
t(lambda: eval("import sys"))
t(lambda: exec("def f(:\n pass"))
t(lambda: exec("x = 1\n  y = 2"))
t(lambda: eval("x", {}))
t(lambda: type("Dyn", (A,), {"y": 2, "__doc__": "dyn"})().y)
t(lambda: getattr(type("Dyn", (), {}), "__qualname__"))
t(lambda: isinstance(A(), object) and issubclass(A, object) and isinstance(A, type))
t(lambda: A().__class__.__class__.__name__)
t(lambda: A.__dict__["meth"].__get__(A()).__func__ is A.meth)
t(lambda: hasattr(A(), "__dict__") and A().__dict__)
t(lambda: [x for x in vars(A()).items()])
t(lambda: A().__sizeof__() > 0)
t(lambda: (1).__class__.__name__ + (1.0).__class__.__name__ + "".__class__.__name__)
t(lambda: len(dir(A())) > 20)
t(lambda: [n for n in dir(A()) if not n.startswith("__")])
t(lambda: object.__dir__(A())[:0])
t(lambda: (A.__init__ is object.__init__, A.__repr__ is object.__repr__, A.__eq__))
t(lambda: (A.__hash__ is object.__hash__, type(A.__eq__).__name__))
t(lambda: callable(A.__init_subclass__))
t(lambda: format(A(), "x"))
t(lambda: (sys.version_info[:2], sys.version_info >= (3, 13), sys.version_info.major, type(sys.version_info).__name__))
t(lambda: (sys.platform, sys.byteorder, sys.maxsize, sys.maxunicode, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig))
t(lambda: (sys.int_info.bits_per_digit, sys.hash_info.modulus if hasattr(sys, "hash_info") else None))
t(lambda: sys.hash_info.inf)
t(lambda: (sys.argv[1:], type(sys.argv).__name__, sys.flags.optimize if hasattr(sys, "flags") else "-"))
t(lambda: sys.intern("abc"))
t(lambda: sys.getdefaultencoding())
t(lambda: sys.stdout.encoding)
t(lambda: sys.implementation.name in ("cpython", "pyjit"))
t(lambda: sys.modules["__main__"].__name__)
t(lambda: sys.path[0][-5:] if False else "skip")
t(lambda: sys.exc_info())
def exc():
    try:
        raise KeyError(1)
    except KeyError:
        return sys.exc_info()[0], repr(sys.exc_info()[1]), sys.exception()
t(exc)
t(lambda: sys.is_finalizing())
