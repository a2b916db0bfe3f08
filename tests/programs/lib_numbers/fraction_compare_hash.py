# fractions.Fraction: comparisons with ints, floats (nan, inf), complex and Decimal,
# hashes equal to the built-in numbers', rounding, floor/ceil/trunc, conversions,
# limit_denominator, copy, subclasses.
from fractions import Fraction as F
import decimal
import math
import copy
import sys

D = decimal.Decimal
nan, inf = float('nan'), float('inf')
pairs = [(F(1, 2), 0.5), (F(1, 2), 0.6), (F(1, 3), 1 / 3), (F(1, 2), inf), (F(1, 2), -inf),
         (F(1, 2), nan), (F(2), 2), (F(-1), -1), (F(1, 2), F(1, 3)), (F(1, 2), 0.5 + 0j),
         (F(1, 2), 0.5 + 1j), (F(1, 2), D('0.5')), (F(1, 3), D('0.34')), (F(1, 3), D('0.33')),
         (F(7, 2), True), (F(1), True), (F(10**30, 3), 1e30 / 3), (F(1, 2), 'x')]
for a, b in pairs:
    row = []
    for op in ['==', '!=', '<', '<=', '>', '>=']:
        for x, y in [(a, b), (b, a)]:
            try:
                row.append(eval('x %s y' % op))
            except TypeError as e:
                row.append('TE')
    print(repr(a), repr(b), row)
print(sorted([F(1, 3), 0.25, 1, F(-1, 2), -0.75, F(5, 4), 0]), max(F(1, 3), 0.3), min(F(2), 3))
print(F(1, 2) in [0.5], {F(1, 2): 'half'}[0.5], {0.5: 'h'}[F(1, 2)], {1: 'one'}[F(1)])

for v in [F(1, 2), F(-1, 2), F(1, 3), F(-1, 3), F(10**30, 7), F(-5), F(0), F(1, 10),
          F(2**61 - 1, 1), F(1, 2**61 - 1), F(-3, 2**61 - 1), F(2**61, 3), F(1, 2**64),
          F(123456789, 987654321), F(-2**100 - 1, 2**80)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(-3, 4)) == hash(-0.75), hash(F(2**70)) == hash(2**70),
      hash(F(1, 10)) == hash(D('0.1')), hash(F(5)) == hash(5.0) == hash(5),
      sys.hash_info.modulus)

for v in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(2, 3), F(12345, 100), F(0)]:
    print(repr(v), round(v), repr(round(v, 0)), repr(round(v, 1)), repr(round(v, 2)),
          repr(round(v, -1)), math.floor(v), math.ceil(v), math.trunc(v), int(v), float(v),
          bool(v), complex(v))
print(repr(round(F(12345), -2)), repr(round(F(25), -1)), repr(round(F(35), -1)),
      repr(round(F(-25), -1)), repr(round(F(1, 8), 2)), repr(round(F(3, 8), 2)))
print(type(round(F(5, 2))).__name__, type(math.floor(F(5, 2))).__name__, float(F(10**400, 10**399)),
      float(F(1, 3)), float(F(2**1100 + 1, 2**1000)))
try:
    float(F(10**400))
except OverflowError as e:
    print('OverflowError:', e)

pi = F('3.141592653589793')
for limit in [1, 2, 7, 10, 100, 1000, 10**6, 10**9]:
    print(limit, repr(pi.limit_denominator(limit)), repr((-pi).limit_denominator(limit)))
print(repr(F(4321, 8765).limit_denominator(10000)), repr(F(1, 3).limit_denominator(1)),
      repr(F(1, 2).limit_denominator(1)), repr(F(3, 2).limit_denominator(1)),
      repr(F(0.1).limit_denominator()), repr(F(2**-60).limit_denominator(2**40)))
print(F(3, 4).as_integer_ratio(), F(-8, 4).as_integer_ratio(), F(4, 1).is_integer(), F(3, 4).is_integer())

f = F(1, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy([f])[0] == f, f.__reduce__())

class Money(F):
    def __repr__(self):
        return 'Money(%s)' % self
m = Money(5, 10)
m2 = copy.copy(m)
print(repr(m), repr(m2), m2 is m, type(m2).__name__, type(m + 1).__name__, type(-m).__name__,
      type(Money.from_float(0.5)).__name__, type(Money('1/3')).__name__, type(abs(m)).__name__,
      type(m.limit_denominator(1)).__name__, type(round(m, 1)).__name__, repr(copy.deepcopy(m)))
class Shown(F):
    pass
print(repr(Shown(3, 9)), str(Shown(3, 9)), repr(Shown(4, 2)), str(Shown(4, 2)), Shown(1, 2) == F(1, 2))
print(str(F(-3, 4)), str(F(3)), repr(F(0)), format(F(5, 3)), '%s %r' % (F(1, 2), F(1, 2)))
try:
    F(1, 2) < 1j
except TypeError as e:
    print('TypeError:', e)
round(F(1, 2), 1.5)
