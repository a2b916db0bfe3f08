# format() of Decimals: every presentation type, fill and alignment, signs, grouping, the
# precision's meaning per type, and the invalid specs.
from decimal import Decimal, localcontext, ROUND_DOWN

values = ["0", "-0", "1", "-1.5", "123.456", "0.000123456", "1234567.891", "1E+10", "1.5E-10",
          "999.9995", "-0.00", "12345678901234567890.5", "Infinity", "-NaN", "2.50"]
specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", ".0g", "G", "%", ".1%",
         ",", ",.2f", "015,.2f", "010.3f", ">12", "<12.2f", "^14.3e", "*^14g", "+", " .2f",
         "+.2e", "z.1f", "=+12.1f", "x<9", "08", "n", ".4n"]
for v in values:
    d = Decimal(v)
    print(v, [format(d, s) for s in specs])
print(f"{Decimal('3.14159'):.3f} {Decimal('-2'):+05} {Decimal('1e3'):,}")
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal("1.999"), ".2f"), format(Decimal("-1.999"), ".1e"))
with localcontext(capitals=0):
    print(format(Decimal("1E+10"), ""), str(Decimal("1E+10")), format(Decimal("1E+10"), "G"))
for bad in ["_f", "q", ".f", "3.2.1", ",n"]:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
