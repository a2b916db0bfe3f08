# generic methods with __class__ and super(), private names, __init_subclass__, exec
class A:
    X = int
    def f[T](self, x: X, y: T) -> X:
        return __class__
    def g[T](self):
        return super().__repr__ is not None
print(A().f(1, 2), A().g(), A.f.__annotations__)
class B(A):
    def g[T](self):
        return super().g()
print(B().g())
class C[__T]:
    def m(self):
        return __T
print(C.__type_params__, C().m())
class D[T]:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class E[U](D[U], k=1): pass
print(E.__parameters__)
def outer[T]():
    def inner[U](a: T, b: U): return (T, U)
    return inner
print(outer()(1, 2), outer().__qualname__, outer().__type_params__)
g = {}
exec("def h[T](x: T): return x\nprint(h.__type_params__, h(5))", g)
src = "class K[T]: pass\ntype Z[Q] = Q\n"
ns = {}
exec(compile(src, "<s>", "exec"), ns)
print(ns["K"].__type_params__, ns["Z"].__value__, ns["Z"].__module__, ns["K"].__module__)
class F:
    type T[X: int] = dict[X, F]
print(F.T.__value__, F.T.__type_params__[0].__bound__)
