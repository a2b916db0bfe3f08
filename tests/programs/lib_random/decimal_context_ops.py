# Every Context operation that converts its first operand and calls the Decimal
# method, with Decimal, int and unconvertible operands, at two precisions; and the
# reflected operators with int and unsupported left operands.
from decimal import Decimal, Context, ROUND_HALF_EVEN, ROUND_DOWN

UNARY = ["abs", "exp", "ln", "log10", "minus", "plus", "normalize", "sqrt",
         "to_integral_value", "to_integral", "to_integral_exact", "to_sci_string",
         "to_eng_string", "is_normal", "is_subnormal", "number_class", "next_plus",
         "next_minus", "logb", "copy_abs", "copy_negate", "is_nan", "is_zero",
         "is_signed", "is_finite", "is_infinite", "is_qnan", "is_snan"]
BINARY = ["add", "subtract", "multiply", "divide", "divide_int", "remainder",
          "remainder_near", "divmod", "compare", "max", "min", "quantize", "scaleb",
          "compare_signal", "max_mag", "min_mag", "next_toward", "compare_total",
          "copy_sign", "same_quantum", "compare_total_mag"]
LOGICAL = ["logical_and", "logical_or", "logical_xor"]


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


for ctx in (Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[]),
            Context(prec=4, rounding=ROUND_DOWN, traps=[])):
    for name in UNARY:
        op = getattr(ctx, name)
        for a in (Decimal("12.345"), Decimal("-0.5"), 7, Decimal("-Infinity"),
                  Decimal("NaN"), Decimal("1E-99")):
            show(name, op, a)
        show(name, op, "1.5")
        show(name, op, 2.5)
    for name in BINARY:
        op = getattr(ctx, name)
        for a, b in ((Decimal("12.345"), Decimal("0.7")), (7, Decimal(3)),
                     (Decimal("-2.5"), 2), (Decimal("Infinity"), Decimal("-1")),
                     (Decimal(0), Decimal(0)), (Decimal("NaN"), 1)):
            show(name, op, a, b)
        show(name, op, "1", 1)
        show(name, op, 1, 2.5)
    for name in LOGICAL:
        op = getattr(ctx, name)
        show(name, op, Decimal(1101), Decimal(111))
        show(name, op, 1101, 10)
        show(name, op, Decimal("12"), Decimal(1))
    show("logical_invert", ctx.logical_invert, Decimal(101))
    show("rotate", ctx.rotate, 12345678, 3)
    show("shift", ctx.shift, Decimal(12345678), -2)
    show("power", ctx.power, 3, Decimal(4))
    show("power mod", ctx.power, 3, 4, 5)
    show("fma", ctx.fma, 2, Decimal(3), 4)
    show("copy_decimal", ctx.copy_decimal, 5)
    print(sorted(ctx.flags.items(), key=lambda kv: kv[0].__name__))

for a in (7, -3, 0, True):
    for b in (Decimal("2.5"), Decimal("-0"), Decimal("Infinity")):
        show("-", lambda: a - b)
        show("*", lambda: a * b)
        show("/", lambda: a / b)
        show("//", lambda: a // b)
        show("%", lambda: a % b)
        show("divmod", lambda: divmod(a, b))
for bad in ("x", None, object()):
    for f in (lambda: bad - Decimal(1), lambda: bad * Decimal(1), lambda: bad / Decimal(1),
              lambda: bad // Decimal(1), lambda: bad % Decimal(1),
              lambda: divmod(bad, Decimal(1))):
        try:
            f()
        except TypeError:
            print("TypeError")
print(Decimal(5).__rsub__(2), Decimal(5).__rtruediv__(2), Decimal(5).__rdivmod__(12))
print(Decimal(5).__rmul__(1.5), Decimal(5).__rmod__("x"))
