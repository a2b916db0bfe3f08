# Numeric conversions through __int__/__index__/__float__/__complex__, math functions and float corners, one expression a line.
import sys, math
def t(src):
    try:
        r = eval(src, globals())
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
class HasInt:
    def __int__(self): return 7
class HasIndex:
    def __index__(self): return 8
class HasFloat:
    def __float__(self): return 1.5
class HasComplex:
    def __complex__(self): return 1j
class BadInt:
    def __int__(self): return 'x'
class BadFloat:
    def __float__(self): return 1
class FloatSub(float): pass
class RetSub:
    def __float__(self): return FloatSub(2.5)
for s in ["int(HasInt())", "int(HasIndex())", "float(HasIndex())", "float(HasInt())", "float(HasFloat())", "complex(HasComplex())", "complex(HasFloat())", "complex(HasIndex())", "int(BadInt())", "float(BadFloat())", "round(HasFloat())", "abs(HasIndex())", "range(HasInt())", "[1,2][HasInt()]", "hex(HasInt())", "'%d' % HasInt()", "'%d' % HasIndex()", "'%x' % HasIndex()", "'%x' % HasInt()", "'%f' % HasFloat()", "'%f' % HasIndex()", "'%s' % HasFloat()[:3] if False else 0", "format(HasIndex(), 'd')", "math.floor(HasFloat())", "math.sqrt(HasIndex())", "math.gcd(HasIndex(), 12)", "math.factorial(HasIndex())", "math.isqrt(HasIndex())", "math.comb(5, 2)", "math.perm(5)", "math.prod([1, 2.5, 3])", "math.prod([])", "math.fsum([0.1]*10)", "math.dist((0, 0), (3, 4))", "math.hypot(3, 4, 12)", "math.copysign(1, -0.0)", "math.nextafter(1, 2)", "math.ulp(1)", "math.remainder(7, 2)", "math.fmod(-7, 2)", "math.modf(-2.5)", "math.frexp(0.0)", "math.ldexp(1, 1100)", "math.log(8, 2)", "math.log(10**400)", "math.log2(2**1000)", "math.log10(-1)", "math.exp2(10)", "math.cbrt(-27)", "math.trunc(-2.7)", "math.ceil(1e300)", "math.isclose(1, 1.0000000001)", "math.isclose(0, 1e-10, abs_tol=1e-9)", "math.inf > 10**400", "math.pi", "math.tau", "math.e", "math.nan == math.nan", "math.lcm(4, 6, 10)", "math.gcd()", "math.lcm()", "math.sumprod([1, 2], [3, 4])", "math.fma(2, 3, 4) if hasattr(math, 'fma') else 'nofma'", "math.atan2(-0.0, -1)", "math.degrees(math.pi)", "math.radians(180)", "math.acos(2)", "math.factorial(-1)", "math.factorial(1.0)", "math.comb(-1, 2)", "math.sqrt(-0.0)", "math.pow(0, -1)", "math.pow(-8, 1/3)", "pow(-8, 1/3)", "math.erf(1)", "math.gamma(0.5)", "math.lgamma(100)", "math.gamma(-1)", "divmod(-7, 2)", "divmod(7, -2.0)", "(-7) // 2.0", "-7 % 2.5", "2 ** -2", "(-2) ** 0.5", "0 ** 0", "0.0 ** 0.0", "(-1) ** 1e300", "10 ** -400", "1e308 + 1e308", "int(1e308)", "int('9' * 50) % 97", "7 .bit_length()", "(2**64).bit_length()", "float(2**1023 * 2 - 1) if False else 1", "float(2**1024 - 2**970)", "float(2**1024 - 2**970 - 1)", "1 / 3 * 3 == 1", "0.1 * 3", "sum([0.1] * 3)", "round(0.1 * 3, 15)"]:
    t(s)
import math
