# fractions.Fraction construction: int pairs, strings, floats, Decimals, Rationals,
# normalization of sign and common factors, and the errors of bad arguments.
from fractions import Fraction as F
import decimal

print(F(3, 4), repr(F(-6, 8)), F(10, -8), F(-10, -8), F(), F(7), F(0, -5))
print(repr(F(F(1, 7), 5)), repr(F(F(1, 7), F(2, 3))), repr(F(2**70, 6)), repr(F(-2**64, 2**65)))
print(repr(F(True)), repr(F(True, 2)), repr(F(3, True)), type(F(True).numerator).__name__)
texts = ['314', '-35/4', '3.1415', '-47e-2', ' -1.5e3 ', '1_000', '1_000.000_1', '.5', '5.',
         '+.5e+1', '1 / 3', '\t7/ 2\n', '1.e2', '1E-3', '0.000', '-0', '00012', '12/008',
         '2e1_0', '\u0661\u0662/\u0663', '\u20035\u2003', '9' * 40 + '/' + '3' * 30, '1.5E+00003']
for s in texts:
    print(repr(s), repr(F(s)))
bad = ['x', '', ' ', '.', '1__0', '_1', '1_', '1.5/2', '1/-2', '1/+2', '1e', 'e5', '- 1', '1/',
       '1/ 2_', 'nan', 'inf', '1.2.3', '1/2/3', '0x10', '1 2', '1,5', '1.5e2.5', '3/4 x', '++1',
       '._5', '1._5']
for s in bad:
    try:
        print(repr(s), F(s))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
for s in ['1/0', '-7/0', '0/0', '3/0_0']:
    try:
        F(s)
    except ZeroDivisionError as e:
        print(repr(s), 'ZeroDivisionError:', e)

for x in [1.5, 0.1, -0.0, 1e300, 5e-324, -2.75, 2.0**-1074 * 3]:
    print(x, repr(F(x)), repr(F.from_float(x)))
for d in ['1.47', '-0.125', '1e5', '0E-7', '123.4560']:
    print(d, repr(F(decimal.Decimal(d))), repr(F.from_decimal(decimal.Decimal(d))))
print(repr(F.from_float(3)), repr(F.from_float(True)), repr(F.from_decimal(5)))
print(repr(F(decimal.Decimal('2.5'), decimal.Decimal(5))) if False else 'skip')

def attempt(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)

for expr in ['F(1.5, 2)', 'F(1, 2.0)', 'F(object())', 'F(None)', 'F(1j)', 'F([1])',
             'F(1, 0)', 'F(-3, 0)', 'F(0, 0)', 'F(F(1, 2), 0)', 'F(1, F(0))',
             'F(float("nan"))', 'F(float("inf"))', 'F(float("-inf"))',
             'F(decimal.Decimal("nan"))', 'F(decimal.Decimal("-inf"))',
             'F.from_float("1")', 'F.from_float(F(1, 2))', 'F.from_float(float("inf"))',
             'F.from_decimal(1.5)', 'F.from_decimal("1")', 'F.from_decimal(decimal.Decimal("inf"))',
             'F("1", 2)', 'F(b"1")', 'F(numerator=3, denominator=6)', 'F(3, denominator=9)',
             'F(1, 2, 3)', 'F(x=1)']:
    attempt(expr)

# numerator and denominator are read-only properties
f = F(6, 4)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.is_integer(), F(4, 2).is_integer())
for attr in ('numerator', 'denominator', 'extra'):
    try:
        setattr(f, attr, 1)
    except AttributeError as e:
        print('AttributeError:', e)
print(F.__slots__, F.__module__, F.__mro__[1].__name__, F.__doc__ is not None)
F('1/x')
