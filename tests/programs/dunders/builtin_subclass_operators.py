# Operators on instances of subclasses of the built-in types, their reflected overrides first.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class L(list): pass
class T(tuple): pass
class D(dict): pass
class S(set): pass
class FS(frozenset): pass
class St(str): pass
class B(bytes): pass
class BA(bytearray): pass
class I(int): pass
class F(float): pass
class C(complex): pass
t(lambda: (L([1]) + [2], [2] + L([1]), L([1]) * 2, 2 * L([1]), type(L([1]) + [2]).__name__))
t(lambda: (T((1,)) + (2,), (2,) + T((1,)), T((1,)) * 2, type(T((1,)) * 2).__name__))
t(lambda: (D(a=1) | {"b": 2}, {"b": 2} | D(a=1), type(D(a=1) | {}).__name__))
t(lambda: (S({1}) | {2}, {2} | S({1}), S({1}) & {1}, S({1, 2}) - {1}, S({1}) ^ {2}, type(S() | set()).__name__, type({1} | S()).__name__))
t(lambda: (FS({1}) | {2}, type(FS({1}) | {2}).__name__, type({2} | FS({1})).__name__))
t(lambda: (St("a%sb") % 1, "%s" % St("x"), St("a") + "b", "b" + St("a"), St("ab") * 2, type(St("a") + "b").__name__))
t(lambda: (St("%(k)s") % {"k": 1}, St("%s %s") % (1, 2), "%s" % (St("z"),)))
t(lambda: (B(b"a%db") % 5, b"%s" % B(b"q"), B(b"a") + b"b", type(B(b"a") + b"b").__name__))
t(lambda: (BA(b"a%db") % 5, BA(b"x") + b"y", type(BA(b"x") + b"y").__name__))
t(lambda: (I(5) + 1, 1 + I(5), I(5) * I(2), -I(5), I(7) // 2, I(7) % 3, divmod(I(7), 2), I(2) ** 10, type(I(5) + 1).__name__))
t(lambda: (F(1.5) + 1, 1 - F(1.5), F(3.0) / 2, type(F(1.5) * 2).__name__, round(F(2.5)), int(F(2.7))))
t(lambda: (C(1, 2) + 1, 2 * C(1, 2), type(C(1) + 1).__name__, abs(C(3, 4))))
t(lambda: ("%d%%" % I(50), "%.1f" % F(2.25), "%s" % D(a=1), "%r" % L([1]), "%(a)s" % D(a="v")))
t(lambda: ("{}".format(I(3)), f"{F(1.5):.2f}", format(I(255), "x"), f"{St('q'):>3}"))
t(lambda: (L([3, 1, 2]).sort() , sorted(L([3, 1])), L([1]) == [1], [1] == L([1]), L() < [1]))
t(lambda: (D(a=1) == {"a": 1}, {"a": 1} == D(a=1), S({1}) == {1}, FS({1}) == {1}, T((1,)) == (1,)))
t(lambda: (hash(T((1, 2))) == hash((1, 2)), hash(FS({1})) == hash(frozenset({1})), hash(I(5)), hash(St("a")) == hash("a")))
class Ir(int):
    def __radd__(self, o): return "radd"
    def __add__(self, o): return "add"
t(lambda: (1 + Ir(1), Ir(1) + 1, 1.5 + Ir(1), sum([Ir(1), 2]) if False else None))
class Lr(list):
    def __radd__(self, o): return "Lradd"
t(lambda: ([1] + Lr([2]), Lr([2]) + [1]))
class Sr(str):
    def __rmod__(self, o): return "Srmod"
    def __radd__(self, o): return "Sradd"
t(lambda: ("%s" % Sr("x"), "a" + Sr("b"), Sr("b") + "a"))
class Dr(dict):
    def __ror__(self, o): return "Dror"
t(lambda: ({} | Dr(), Dr() | {}))
class Tm(tuple):
    def __rmul__(self, o): return "Trmul"
t(lambda: (2 * Tm((1,)), Tm((1,)) * 2))
fmt = "%s"
x = Sr("x")
print(fmt % x)
print("%s" % x)
print("%s" % Sr("y"))
print(str.__mod__("%s", x))
def f(a, b):
    return a % b
print(f(fmt, x), f(fmt, x), f(fmt, x))
