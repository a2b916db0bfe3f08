# Contexts: attributes and their checks, repr, flags and traps, the signals raised with the
# C module's messages, localcontext, setcontext, the three standard contexts.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     DefaultContext, BasicContext, ExtendedContext, InvalidOperation,
                     DivisionByZero, Inexact, Rounded, Overflow, Underflow, Subnormal,
                     Clamped, FloatOperation, DecimalException, ConversionSyntax,
                     DivisionImpossible, DivisionUndefined, InvalidContext)

print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
c = Context(prec=5, rounding=decimal.ROUND_DOWN, Emin=-9, Emax=9, capitals=0, clamp=1,
            traps=[Inexact], flags=[Rounded])
print(c, c.Etiny(), c.Etop())
print(c.flags[Rounded], c.flags[Inexact], c.traps[Inexact], c.traps[Overflow])
for sig in (InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow, Underflow,
            Subnormal, Clamped, FloatOperation):
    print(sig.__name__, [b.__name__ for b in sig.__mro__[1:-2]])
for sig in (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext):
    print(sig.__name__, [b.__name__ for b in sig.__mro__[1:-2]])


def attempt(f):
    try:
        r = f()
        print("->", repr(r))
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")


attempt(lambda: setattr(c, "prec", 0))
attempt(lambda: setattr(c, "prec", "5"))
attempt(lambda: setattr(c, "rounding", "ROUND_SIDEWAYS"))
attempt(lambda: setattr(c, "Emin", 1))
attempt(lambda: setattr(c, "Emax", -1))
attempt(lambda: setattr(c, "capitals", 2))
attempt(lambda: setattr(c, "clamp", -1))
attempt(lambda: Context(prec=-1))
attempt(lambda: c.flags[int])
attempt(lambda: setcontext("ctx"))

# trapped conditions raise with the list of what was trapped
attempt(lambda: Decimal(1) / 0)
attempt(lambda: Decimal(0) / 0)
attempt(lambda: Decimal("abc"))
attempt(lambda: Decimal(-4).sqrt())
attempt(lambda: Decimal("9e999999") * 10)
attempt(lambda: Decimal("NaN") < 1)
attempt(lambda: Decimal("sNaN") + 1)
attempt(lambda: Decimal(5) % 0)
attempt(lambda: divmod(Decimal(5), 0))
attempt(lambda: Decimal("1e50") // Decimal("1e-50"))
attempt(lambda: Decimal("Infinity") - Decimal("Infinity"))
attempt(lambda: Decimal(0) ** 0)
attempt(lambda: Decimal(-8) ** Decimal("0.5"))
print(getcontext())
getcontext().clear_flags()

with localcontext() as ctx:
    ctx.traps[Inexact] = True
    attempt(lambda: Decimal(1) / 3)
    attempt(lambda: Decimal(1) / 4)
    ctx.traps[FloatOperation] = True
    attempt(lambda: Decimal(1.5))
    attempt(lambda: Decimal(1) < 1.5)
    attempt(lambda: Decimal(1) == 1.5)
    ctx.traps[Overflow] = False
    ctx.traps[Inexact] = False
    attempt(lambda: Decimal("9e999999") * 10)
    ctx.traps[Underflow] = True
    attempt(lambda: Decimal("1e-999999") / 10 ** 30)
    print(ctx)
print(getcontext())

with localcontext(prec=5, rounding=decimal.ROUND_UP) as ctx:
    print(ctx.prec, ctx.rounding, Decimal(1) / 7)
    with localcontext(Context(prec=3)) as inner:
        print(Decimal(1) / 7, inner.prec)
    print(Decimal(2) / 7)
print(Decimal(1) / 7)
attempt(lambda: localcontext(prec=0))
attempt(lambda: localcontext(precision=3))
attempt(lambda: localcontext("x"))

saved = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, Decimal(1) / 0, Decimal(0) / 0)
print(getcontext().flags[DivisionByZero], ExtendedContext.flags[DivisionByZero])
setcontext(saved)
print(getcontext() is saved)

c2 = Context(prec=4)
print(c2.create_decimal("3.14159"), c2.create_decimal(10 ** 6 + 1), c2.flags[Inexact])
print(c2.create_decimal_from_float(0.1), c2.add(1, 2), c2.divide(1, 8), c2.sqrt(2))
print(c2.power(2, 10), c2.quantize(Decimal("1.23456"), Decimal("0.01")), c2.exp(1))
print(c2.copy() is c2, repr(c2.copy()) == repr(c2), c2.abs(-3), c2.minus(5), c2.plus(-0))
print(c2.compare(1, 2), c2.to_sci_string(Decimal("1E+10")), c2.to_eng_string(Decimal("1E+10")))
c2.clear_traps()
print(c2, c2.divide(1, 0))
