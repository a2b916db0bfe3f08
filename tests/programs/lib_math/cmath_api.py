# cmath's API: constants, what counts as a complex argument (__complex__, __float__,
# __index__, subclasses), the argument errors, log with a base, polar/rect round trips,
# isclose's tolerances, and the domain and range errors with CPython 3.13's messages.
import cmath
import math


def show(label, f, *args, **kwargs):
    try:
        r = repr(f(*args, **kwargs))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, "->", r)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.inf).__name__, type(cmath.infj).__name__, type(cmath.nanj).__name__)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == math.tau)
print(math.copysign(1.0, cmath.nan), math.copysign(1.0, cmath.nanj.imag), cmath.infj.real)
print([n for n in dir(cmath) if not n.startswith("_")])
print(cmath.__name__, cmath.__doc__)
print(type(cmath.sqrt).__name__, cmath.sqrt.__name__, repr(cmath.sqrt))


class WithComplex:
    def __complex__(self):
        return 1 + 2j


class BadComplex:
    def __complex__(self):
        return 5


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 3


class Both:
    def __complex__(self):
        return 3j

    def __float__(self):
        return 2.0


class ComplexSub(complex):
    def __complex__(self):
        return 100j


class FloatSub(float):
    pass


class IntSub(int):
    pass


class FloatWithComplex(float):
    def __complex__(self):
        return -1j


for label, arg in [("WithComplex", WithComplex()), ("BadComplex", BadComplex()),
                   ("WithFloat", WithFloat()), ("WithIndex", WithIndex()), ("Both", Both()),
                   ("ComplexSub", ComplexSub(4, 0)), ("FloatSub", FloatSub(4)),
                   ("IntSub", IntSub(-4)), ("FloatWithComplex", FloatWithComplex(4.0)),
                   ("int", 4), ("big int", 10**400), ("bool", True), ("str", "a"),
                   ("None", None), ("list", [1])]:
    show("sqrt " + label, cmath.sqrt, arg)
    show("isnan " + label, cmath.isnan, arg)

show("no args", cmath.sqrt)
show("two args", cmath.sqrt, 1, 2)
show("keyword", cmath.sqrt, z=1)
show("phase no args", cmath.phase)
show("phase str", cmath.phase, "a")
show("isinf two args", cmath.isinf, 1, 2)

show("log 0", cmath.log, 0)
show("log -1", cmath.log, -1)
show("log 8 base 2", cmath.log, 8, 2)
show("log 1j base 1j", cmath.log, 1j, 1j)
show("log 0 base 2", cmath.log, 0, 2)
show("log 2 base 1", cmath.log, 2, 1)
show("log 2 base 0", cmath.log, 2, 0)
show("log 0 base inf", cmath.log, 0, float("inf"))
show("log base str", cmath.log, 2, "a")
show("log no args", cmath.log)
show("log three args", cmath.log, 1, 2, 3)
show("log base keyword", cmath.log, 8, base=2)
show("log10 0", cmath.log10, 0)
show("log10 1000j", cmath.log10, 1000j)
show("atanh 1", cmath.atanh, 1)
show("atanh -1", cmath.atanh, -1)
show("atan 1j", cmath.atan, 1j)
show("exp 1000", cmath.exp, 1000)
show("exp 709+1j", cmath.exp, complex(709, 1))
show("exp 1+infj", cmath.exp, complex(1, float("inf")))
show("cosh 1000", cmath.cosh, 1000)
show("sinh 711+1j", cmath.sinh, complex(711, 1))
show("tanh 1000+1j", cmath.tanh, complex(1000, 1))
show("tan 1000j", cmath.tan, 1000j)
show("sqrt 10**400", cmath.sqrt, 10**400)

for z in [1 + 1j, -1 + 0j, complex(-1, -0.0), 3 - 4j, 0j, complex(-0.0, -0.0), 1e-320j]:
    r, phi = cmath.polar(z)
    print("polar", z, r, phi, "phase", cmath.phase(z), "rect", cmath.rect(r, phi))
show("polar overflow", cmath.polar, complex(1e308, 1e308))
show("phase underflow", cmath.phase, complex(1e308, 1e-310))
show("phase tiny", cmath.phase, complex(1.0, 1e-310))
show("rect 1 str", cmath.rect, 1, "a")
show("rect one arg", cmath.rect, 1)
show("rect complex", cmath.rect, 1j, 2)
show("rect keywords", cmath.rect, r=1, phi=2)
show("rect inf inf", cmath.rect, 1.0, float("inf"))
show("rect 0 inf", cmath.rect, 0.0, float("inf"))
show("rect -inf 1", cmath.rect, float("-inf"), 1.0)
show("rect 2 -0.0", cmath.rect, 2.0, -0.0)
show("rect -2 0.0", cmath.rect, -2.0, 0.0)

show("isclose same", cmath.isclose, 1 + 1j, 1 + 1j)
show("isclose near", cmath.isclose, 1 + 1j, 1 + 1.0000000001j)
show("isclose far", cmath.isclose, 1 + 1j, 1 + 1.1j)
show("isclose abs_tol", cmath.isclose, 1 + 1j, 1 + 1.1j, abs_tol=0.2)
show("isclose rel_tol", cmath.isclose, 1 + 1j, 1 + 1.1j, rel_tol=0.1)
show("isclose inf", cmath.isclose, complex(float("inf"), 1), complex(float("inf"), 1))
show("isclose nan", cmath.isclose, complex(float("nan"), 1), complex(float("nan"), 1))
show("isclose negative tol", cmath.isclose, 1j, 1j, rel_tol=-1)
show("isclose one arg", cmath.isclose, 1j)
show("isclose three args", cmath.isclose, 1j, 2j, 3)
show("isclose bad keyword", cmath.isclose, 1j, 2j, tol=3)
show("isclose str", cmath.isclose, 1j, "a")
show("isclose by name", cmath.isclose, a=1j, b=1j)
show("isclose str tol", cmath.isclose, 1j, 1j, rel_tol="x")
show("isclose huge", cmath.isclose, complex(1e308, 1e308), complex(-1e308, -1e308))

for z in [0.5 + 0.5j, -2 + 3j, 3j, -0.25, 1e-8 + 1e-8j]:
    for name in ["sin", "asin", "cos", "acos", "tan", "atan", "sinh", "asinh", "cosh",
                 "acosh", "tanh", "atanh", "exp", "log", "sqrt"]:
        w = getattr(cmath, name)(z)
        print(name, z, w)

# __complex__ returning an instance of a complex subclass: accepted with 3.13's warning
import warnings


class ReturnsSub:
    def __complex__(self):
        return ComplexSub(1, 2)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(cmath.sqrt(ReturnsSub()), complex(ReturnsSub()))
    for w in caught:
        print(w.category.__name__, w.message)
