# Construction, conversions, strings, hashing and comparisons.
from decimal import Decimal, getcontext, localcontext, FloatOperation

for s in ["0", "-0", "1.50", "1e3", "1E+3", "-1.23e-7", ".5", "5.", "1_000.000_1", " 12 ",
          "+7", "inf", "-Infinity", "nan", "-NaN42", "sNaN", "sNaN007", "0E-10", "123E+40",
          "0.000001", "0.0000001", "١٢٣.٤"]:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())
for bad in ["", "1.2.3", "e5", "1e", "--1", "1 2", "_1", "1_", "0x10", "Infinit", "NaNx"]:
    with localcontext() as ctx:
        ctx.traps[__import__("decimal").InvalidOperation] = False
        print(repr(bad), repr(Decimal(bad)))
for n in [0, 7, -7, 10 ** 30, -(2 ** 70), True]:
    print(repr(Decimal(n)))
for f in [0.1, -0.0, 1.5, 1e300, 5e-324, float("inf"), float("nan"), 2.0 ** 60]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
print(getcontext().flags[FloatOperation])
for t in [(0, (1, 2, 3), -2), (1, (0,), 5), (0, (), 0), (1, (4, 2), "F"), (0, (1, 2), "n"),
          (1, [9], "N"), [0, (5,), 1]]:
    print(t, repr(Decimal(t)))
for bad in [(2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, (1,)), (0, "12", 0)]:
    try:
        Decimal(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [None, 1j, [1, 2, 3], object]:
    try:
        Decimal(bad)
    except Exception as e:
        print(type(e).__name__, e)

# eng notation and exponents
for s in ["1E+0", "1E+1", "1E+2", "1E+3", "12E+4", "0E+4", "0E-7", "-5E-9", "123.45E-12",
          "1E+100", "0.00E+2"]:
    d = Decimal(s)
    print(s, str(d), d.to_eng_string(), d.adjusted(), d.number_class())

# numbers out of a Decimal
for s in ["1.5", "-1.5", "2.5", "-2.5", "0.5", "123.456", "-0.0001", "1E+20", "-7"]:
    d = Decimal(s)
    print(s, int(d), float(d), round(d), round(d, 1), round(d, -1), d.__floor__(),
          d.__ceil__(), d.__trunc__(), d.as_integer_ratio())
for s in ["NaN", "Infinity", "-Infinity", "sNaN"]:
    d = Decimal(s)
    for f in (int, float, round, lambda x: x.as_integer_ratio()):
        try:
            print(s, f(d))
        except Exception as e:
            print(s, type(e).__name__, e)

# hashing agrees with int and float for equal values
for v in [0, 1, -1, 10 ** 20, 2 ** 61 - 1, -2 ** 64]:
    print(v, hash(Decimal(v)) == hash(v), hash(Decimal(v)))
for f in [0.5, -0.25, 1.1, 3.0, 1e-20, 123456.789]:
    print(f, hash(Decimal(f)) == hash(f), hash(Decimal(f)))
print(hash(Decimal("1.10")) == hash(Decimal("1.1")), hash(Decimal("Infinity")),
      hash(Decimal("-Infinity")), hash(Decimal("-0")), hash(Decimal("1.1")))
try:
    hash(Decimal("sNaN"))
except TypeError as e:
    print("TypeError", e)
print(len({Decimal("1.0"), Decimal(1), 1, 1.0}))

# comparisons
print(Decimal("1.0") == Decimal("1"), Decimal("0.1") == 0.1, Decimal("0.5") == 0.5,
      Decimal(1) == 1, Decimal(2) > 1, Decimal("1.5") < 2, Decimal("-0") == 0,
      Decimal("0.1") < 0.1, 1 < Decimal("1.01"), Decimal("NaN") == Decimal("NaN"),
      Decimal("NaN") != 1, Decimal("Infinity") > 10 ** 100, Decimal(3) == 3 + 0j)
print(sorted([Decimal("2.5"), 1, Decimal("-1"), Decimal("0.1"), 2]))
print(max(Decimal("1.10"), Decimal("1.1")), min(Decimal("2"), Decimal("2.00")))
print(Decimal("1.10").compare_total(Decimal("1.1")), Decimal("-0").compare_total(Decimal(0)),
      Decimal("NaN").compare_total(Decimal("Infinity")), Decimal(1).same_quantum(Decimal("1.0")))

# predicates
for s in ["0", "-0", "1", "-1E-999999", "1E-1000005", "Infinity", "-NaN", "sNaN"]:
    d = Decimal(s)
    print(s, d.is_zero(), d.is_signed(), d.is_finite(), d.is_infinite(), d.is_nan(),
          d.is_qnan(), d.is_snan(), d.is_normal(), d.is_subnormal(), d.number_class(),
          d.is_canonical(), bool(d))
print(Decimal("-3.5").copy_abs(), Decimal("3.5").copy_negate(), Decimal(2).copy_sign(-1),
      Decimal("1.5").conjugate(), Decimal("1.5").real, Decimal("1.5").imag, Decimal(1).radix(),
      complex(Decimal("2.5")), Decimal("123.456").logb(), Decimal("1.5").scaleb(3))
print(Decimal("1.23").as_tuple().digits, Decimal("1.23").as_tuple().exponent,
      Decimal("-1").as_tuple().sign, Decimal("1.23").as_tuple() == (0, (1, 2, 3), -2))
print(Decimal("1.5").next_plus(), Decimal("1.5").next_minus(), Decimal(0).next_plus())
