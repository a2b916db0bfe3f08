# format(Fraction, spec) as CPython 3.13: the general form (fill, align, sign, '#',
# width, thousands separators, no type) and the float presentation types e E f F g G %
# with precision, 'z', zero padding and separators; invalid specs' ValueError.
from fractions import Fraction as F

values = [F(1, 3), F(-1234567, 100), F(-1, 1000), F(0), F(5, 2), F(123456789), F(2, 3),
          F(-5, 1), F(1, 7 * 10**8), F(10**25 + 1, 3), F(999999, 1000000), F(-1, 2000)]
specs = ['', '.5f', '.3e', 'g', '.3g', '%', '.1%', '>10', '<10', '^11', '=+10', '+', ' ',
         '#', '#>8', ',', '_', '10,', 'z.1f', 'z.0f', '010.2f', '012,.2f', '*^12.3f', '.0f',
         '#.0f', '#g', 'E', 'G', '.2F', 'x<+12,.3e', '+.3g', '.15g', '.30f', '#.3g', '.0e',
         '#.0e', '.0g', '_.2f', '020_.3f', '-^9', '0=12.1f', '+08.2%', ' .2e', 'z.3g',
         '.1f', '.2%', '10.4', '.12g', '#010.2f', '011,', 'z+.2f', '08,.1f']
for spec in specs:
    row = []
    for v in values:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append('ValueError: %s' % e)
    print(repr(spec), row)

# rounding at the last digit is half to even, on the exact value
for v in [F(5, 2), F(15, 2), F(-5, 2), F(25, 1000), F(35, 1000), F(1, 8), F(3, 8), F(-1, 8)]:
    print(repr(v), format(v, '.0f'), format(v, '.2f'), format(v, '.1e'), format(v, '.2g'),
          format(v, '.1%'))
# g switches to exponent notation as float formatting does
for k in range(-7, 18, 3):
    v = F(123456, 100000) * F(10) ** k
    print(k, format(v, 'g'), format(v, '.10g'), format(float(v), 'g'), format(v, '#.3G'))

for spec in ['d', 'z', '05', '<05.2f', '.f', 'ff', '.01f', '#05', 'x', 'n', 'b', ',_', '.2,f',
             '00f', 'zz.1f', '=05', ' z']:
    try:
        print(repr(spec), format(F(1, 3), spec))
    except ValueError as e:
        print(repr(spec), 'ValueError:', e)
print(f"{F(22, 7):.4f} {F(1, 8):=^+12.2e} {F(-22, 7)!s:>8} {F(1, 3)!r}")
print('{:>12,.2f}|{:<+8}|{:^#9}'.format(F(1234567, 3), F(1, 3), F(4)))
class Sub(F):
    pass
print(format(Sub(7, 3), '.3f'), format(Sub(7, 3), ''))
format(Sub(1, 3), '.2d')
