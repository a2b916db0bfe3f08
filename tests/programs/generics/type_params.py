# TypeVar, ParamSpec and TypeVarTuple objects made by PEP 695 syntax


def f[T, B: int, C: (int, str), *Ts, **P]():
    pass


T, B, C, Ts, P = f.__type_params__
print(repr(T), str(T), repr(B), repr(C), repr(Ts), repr(P))
print(T.__name__, B.__name__, Ts.__name__, P.__name__)
print(T.__bound__, T.__constraints__)
print(B.__bound__, B.__constraints__)
print(C.__bound__, C.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(P.__bound__, P.__covariant__, P.__contravariant__, P.__infer_variance__)
print(T.__default__, T.has_default(), Ts.__default__, Ts.has_default(), P.has_default())
print(type(T).__name__, type(P).__name__, type(Ts).__name__, type(T).__module__)
print(type(T), type(P), type(Ts))
print(T.__module__)
print(repr(P.args), repr(P.kwargs), type(P.args).__name__, type(P.kwargs).__name__)
print(T == T, T == B, T is f.__type_params__[0])
print({T: 1}[T])


def d[X = int, Y = list[X], *Zs = str, **Q = [int, str]]():
    pass


X, Y, Zs, Q = d.__type_params__
print(X.__default__, X.has_default(), Y.__default__, Zs.__default__, Q.__default__)
print(Q.has_default(), Zs.has_default())

try:
    T.__name__ = "U"
except AttributeError as e:
    print("AttributeError:", e)
try:
    T.__bound__ = int
except AttributeError as e:
    print("AttributeError:", e)
