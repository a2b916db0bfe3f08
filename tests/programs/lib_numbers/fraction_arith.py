# fractions.Fraction arithmetic: with int, bool, float, complex and Fraction operands
# on both sides, result types, //, %, divmod, ** (integral and rational exponents,
# negative powers), unary operators and the ZeroDivisionErrors.
from fractions import Fraction as F

def show(expr, value):
    print(expr, '=', repr(value), type(value).__name__)

left = [F(1, 3), F(-7, 4), 2, True, 2.5, -1j, F(0)]
right = [F(1, 3), F(-7, 4), 3, False, 0.5, 2j, F(0)]
ops = ['+', '-', '*', '/', '//', '%', '**']
for a in left:
    for b in right:
        if not isinstance(a, F) and not isinstance(b, F):
            continue
        for op in ops:
            expr = '%r %s %r' % (a, op, b)
            try:
                show(expr, eval('a %s b' % op))
            except Exception as e:
                print(expr, '->', type(e).__name__ + ':', e)

for a, b in [(F(7, 3), F(1, 2)), (F(-7, 3), 2), (7, F(2, 3)), (F(7, 2), 1.5),
             (-1.5, F(1, 4)), (F(5, 6), F(-1, 4)), (F(-5, 6), F(-1, 4))]:
    print('divmod', a, b, '=', divmod(a, b), a // b, a % b)
for a, b in [(F(2, 3), -2), (F(-2, 3), -3), (F(-2, 3), 3), (F(4), F(1, 2)), (F(8, 27), F(2, 3)),
             (F(-8), F(1, 3)), (F(1, 4), 0.5), (F(1, 4), 1j), (F(9, 4), F(6, 2)), (F(5), 0),
             (2, F(3)), (2, F(-1)), (2.0, F(1, 2)), (F(-1), F(1, 2)), (-8, F(1, 3)),
             (4, F(1, 2)), (1j, F(2)), (0, F(3)), (F(2, 3), F(-2)), (F(0), 0), (3, F(-2, 1)),
             (F(1, 2), 100), (F(-3, 2), 15)]:
    try:
        show('%r ** %r' % (a, b), a ** b)
    except Exception as e:
        print(a, '**', b, '->', type(e).__name__ + ':', e)
print(pow(F(2, 3), 3), pow(F(3, 5), -2))
try:
    pow(F(2), 3, 5)
except TypeError as e:
    print('TypeError:', e)
for v in [F(3, 4), F(-3, 4), F(0)]:
    print(repr(+v), repr(-v), repr(abs(v)), repr(v.conjugate()), v.real, v.imag)

# exact sums of many fractions stay in lowest terms
total = F(0)
for k in range(1, 40):
    total += F(1, k * (k + 1))
print(total, sum(F(1, 2**k) for k in range(1, 60)), sum(F(1, k) for k in range(1, 30)))
prod = F(1)
for k in range(2, 25):
    prod *= F(k * k - 1, k * k)
print(prod)
x = F(1)
for _ in range(6):
    x = (x + 2 / x) / 2
print(x, float(x), x * x - 2)

for expr in ['F(3, 4) / 0', 'F(3, 4) // 0', 'F(3, 4) % 0', 'divmod(F(3, 4), 0)', 'F(0) ** -2',
             'F(3, 4) / F(0)', '1 / F(0)', '2 // F(0)', 'F(3, 4) / 0.0', 'F(1, 2) // 1j',
             'F(1, 2) % 1j', 'divmod(1j, F(1, 2))', 'F(1, 2) + "a"', '"a" * F(2)',
             'F(1, 2) & 1', '~F(1)', 'F(1, 2) << 1', '[1] * F(2)', 'F(1, 2) @ F(1, 2)',
             'F(1, 2) + None']:
    try:
        show(expr, eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
print(F(1, 2) + F(1, 2) - 1 == 0, F(5, 2) / F(5, 2) == 1)
F(1, 3) / F(0, 7)
