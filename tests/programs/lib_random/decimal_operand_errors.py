# Decimal with operands it does not take: CPython's messages name 'decimal.Decimal'
import decimal
from decimal import Decimal

d = Decimal('1.5')
cases = [
    lambda: [1] * Decimal(1), lambda: Decimal(2) * [1], lambda: 'ab' * Decimal(2),
    lambda: (1,) * d, lambda: b'x' * d, lambda: d + 'x', lambda: 'x' + d, lambda: d + 1.5,
    lambda: 2.5 * d, lambda: d - [1], lambda: d / (1,), lambda: d ** 'a', lambda: pow(d, []),
    lambda: d < 'a', lambda: 'a' >= d, lambda: d <= [1], lambda: d % {}, lambda: d // set(),
    lambda: d + complex(1, 1), lambda: divmod(d, 'x'), lambda: d & 1, lambda: ~d,
    lambda: -d, lambda: d + None, lambda: abs(d), lambda: d * True, lambda: 3 * d,
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print('TypeError:', e)
ctx = decimal.Context()
try:
    ctx.traps = {}
except KeyError as e:
    print('KeyError:', e)
try:
    ctx.flags = {decimal.Inexact: True}
except KeyError as e:
    print('KeyError:', e)


class D(Decimal):
    pass


try:
    D(1) + 'x'
except TypeError as e:
    print('TypeError:', e)
print(type(ctx).__name__, type(d).__name__, Decimal.__qualname__, repr(Decimal), repr(decimal.Context))
d < 'z'
