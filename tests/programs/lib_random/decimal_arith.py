# Decimal arithmetic over a grid of operands, at several precisions and in every rounding
# mode, with the conditions each operation raised (the context's flags).
from decimal import (Decimal, Context, localcontext, ROUND_DOWN, ROUND_HALF_UP,
                     ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
                     ROUND_05UP)

MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
state = 12345


def lcg():
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state


def operand():
    k = lcg() % 100
    if k < 4:
        return Decimal(["NaN", "-Infinity", "Infinity", "-0", "0.00", "sNaN"][lcg() % 6])
    digits = str(lcg() % 10 ** (1 + lcg() % 9)) + str(lcg() % 1000)
    exp = lcg() % 41 - 20
    sign = "-" if lcg() % 3 == 0 else ""
    return Decimal(f"{sign}{digits}E{exp}")


def show(ctx, label, f):
    ctx.clear_flags()
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    flags = [s.__name__ for s, on in ctx.flags.items() if on]
    print(label, r, flags)


for prec in (1, 3, 7, 12, 28, 50):
    for mode in MODES:
        ctx = Context(prec=prec, rounding=mode, traps=[])
        a, b = operand(), operand()
        print(f"-- prec={prec} {mode} a={a!r} b={b!r}")
        with localcontext(ctx) as c:
            show(c, "+", lambda: a + b)
            show(c, "-", lambda: a - b)
            show(c, "*", lambda: a * b)
            show(c, "/", lambda: a / b)
            show(c, "//", lambda: a // b)
            show(c, "%", lambda: a % b)
            show(c, "divmod", lambda: divmod(a, b))
            show(c, "neg", lambda: -a)
            show(c, "pos", lambda: +b)
            show(c, "abs", lambda: abs(a))
            show(c, "cmp", lambda: (a.compare(b), a == b, a != b))
            show(c, "max/min", lambda: (a.max(b), a.min(b)))
            show(c, "fma", lambda: a.fma(b, Decimal(7)))
            show(c, "rnear", lambda: a.remainder_near(b))

# mixing with int, and the errors of other types
print(Decimal("1.5") + 2, 3 - Decimal("0.25"), Decimal(7) * 6, 10 / Decimal(4),
      7 // Decimal("2"), -7 % Decimal(3), divmod(Decimal(-7), 2), 2 ** Decimal("0.5"))
for bad in (1.5, "1", [1], None, 1j):
    try:
        Decimal(1) + bad
    except TypeError as e:
        print("TypeError:", e)
print(sum([Decimal("0.1")] * 10), sum([Decimal("0.1")] * 10) == 1, 0.1 * 10 == 1)
print(Decimal("1") / Decimal("3") * 3, Decimal(2) / Decimal("0.5"), Decimal("1.00") / 4)
print(Decimal("12.500") * Decimal("2"), Decimal("1E+2") + Decimal("1E-2"),
      Decimal("5E+3") - Decimal("5E+3"), Decimal("-0") + Decimal("0"))
with localcontext(rounding=ROUND_FLOOR):
    print(Decimal("5") - Decimal("5"), Decimal("-0") + Decimal("0"))
