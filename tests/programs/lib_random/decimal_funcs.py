# sqrt, exp, ln, log10 (correctly rounded), powers, quantize, normalize and the integral
# roundings, at several precisions.
from decimal import (Decimal, localcontext, Context, ROUND_DOWN, ROUND_HALF_UP,
                     ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
                     ROUND_05UP, InvalidOperation)

xs = ["2", "0.5", "10", "100", "1E-10", "123.456", "0.0001", "7", "1.000001", "31415926535E-10"]
for prec in (5, 16, 28, 60):
    with localcontext(prec=prec) as ctx:
        print(f"-- prec {prec}")
        for s in xs:
            d = Decimal(s)
            print(s, d.sqrt(), d.exp(), d.ln(), d.log10())
        print(Decimal(-1).exp(), Decimal(50).exp(), Decimal("-50").exp(), Decimal("0.1").ln())
        print(Decimal(2) ** Decimal("0.5"), Decimal("1.1") ** 100, Decimal(3) ** -5,
              Decimal("2.5") ** Decimal("-1.5"), Decimal(10) ** 40)
for s in ["0", "-0", "1", "1.000", "1E+10", "0.25", "0.0100", "Infinity", "-Infinity", "NaN"]:
    d = Decimal(s)
    with localcontext(traps=[]) as ctx:
        print(s, d.sqrt(), d.exp(), d.ln(), d.log10(), ctx.flags[InvalidOperation])
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(Decimal(-1).sqrt(), Decimal(-1).ln(), Decimal(-1).log10(), ctx.flags[InvalidOperation])
print(Decimal("1E+999999").ln(), Decimal("1E-999999").log10(), Decimal("1E-5").exp())
with localcontext(Emax=20, Emin=-20, traps=[]) as ctx:
    print(Decimal(100).exp(), Decimal(-100).exp(), ctx.flags)

# powers: exact, rounded, special
for a, b in [("2", "10"), ("2", "-2"), ("1.5", "3"), ("-2", "3"), ("-2", "-3"), ("0.1", "3"),
             ("10", "-3"), ("4", "0.5"), ("8", "1.5"), ("2.0", "2"), ("1.00", "5"),
             ("1", "0.5"), ("0", "3"), ("0", "-3"), ("-0", "3"), ("Infinity", "2"),
             ("Infinity", "-2"), ("-Infinity", "3"), ("0.5", "Infinity"), ("2", "-Infinity"),
             ("7", "0"), ("1E+5", "100")]:
    print(a, b, Decimal(a) ** Decimal(b))
print(pow(Decimal(3), 100, 7), pow(Decimal(-3), 3, 7), pow(Decimal(2), Decimal(10), 1000))

# quantize in every rounding mode
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
for s in ["1.2345", "-1.2345", "2.5", "-2.5", "3.5", "1.25", "1.35", "0.05", "-0.051", "9.999",
          "1.00"]:
    d = Decimal(s)
    print(s, [str(d.quantize(Decimal("0.1"), rounding=m)) for m in modes],
          [str(d.to_integral_value(rounding=m)) for m in modes])
print(Decimal("123.456").quantize(Decimal("1E+1")), Decimal("1.5").quantize(Decimal("1.000")),
      Decimal("1.41421356").quantize(Decimal("1.00")), Decimal("7").quantize(Decimal("0.01")))
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(Decimal("123456").quantize(Decimal("0.0001"), context=Context(prec=5, traps=[])),
          Decimal("Infinity").quantize(Decimal("Infinity")), Decimal(1).quantize(Decimal("Inf")))
try:
    Decimal("1e30").quantize(Decimal("0.1"))
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    Decimal(1).quantize(Decimal(1), rounding="up")
except TypeError as e:
    print("TypeError", e)
for s in ["120.00", "0.00", "-1E+3", "1.2E-5", "100", "Infinity"]:
    d = Decimal(s)
    print(s, d.normalize(), d.to_integral_exact(), d.to_integral(), d.normalize(Context(prec=2)))

# digit-wise operations, magnitudes, next_toward
ctx = Context(prec=9, traps=[])
for a, b in [("1101", "111"), ("101010101", "11"), ("0", "1"), ("12", "1"), ("-1", "1"),
             ("1.0", "1")]:
    x, y = Decimal(a), Decimal(b)
    print(a, b, x.logical_and(y, ctx), x.logical_or(y, ctx), x.logical_xor(y, ctx),
          x.logical_invert(ctx), ctx.flags[InvalidOperation])
    ctx.clear_flags()
for a, n in [("123456789", "2"), ("123456789", "-3"), ("12345", "9"), ("1E+3", "1"),
             ("123", "10"), ("Infinity", "2"), ("123", "1.5")]:
    x, y = Decimal(a), Decimal(n)
    print(a, n, x.rotate(y, ctx), x.shift(y, ctx), ctx.rotate(x, y))
print(Decimal(-3).max_mag(2), Decimal(-3).min_mag(2), Decimal(-2).max_mag(2),
      Decimal(3).compare_total_mag(-3), Decimal(1).next_toward(2), Decimal(1).next_toward(0),
      Decimal(1).next_toward(1), ctx.next_toward(Decimal("9.99999999E+999999"), Decimal("Inf")),
      ctx.is_qnan(Decimal("NaN")), ctx.is_snan(Decimal("sNaN")), ctx.logb(Decimal(250)),
      ctx.compare_signal(Decimal(1), Decimal(2)), ctx.max_mag(-5, 4), ctx.min_mag(-5, 4))
