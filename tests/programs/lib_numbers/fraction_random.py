# fractions.Fraction over seeded random operands: every operator against ints, floats and
# Fractions, hashes, rounding, limit_denominator, string round trips, and 600 generated
# format specs (valid and not), as CPython 3.13 gives them.
from fractions import Fraction as F
import random

rng = random.Random(2718)

def rand_fraction():
    size = rng.choice([3, 10, 30, 70])
    return F(rng.randrange(-2**size, 2**size), rng.randrange(1, 2**size))

def rand_operand():
    r = rng.random()
    if r < 0.5:
        return rand_fraction()
    if r < 0.75:
        return rng.randrange(-1000, 1000)
    return rng.uniform(-100, 100)

def attempt(f):
    try:
        v = f()
    except Exception as e:
        return '%s(%s)' % (type(e).__name__, e)
    if isinstance(v, float):
        return v.hex()
    return repr(v)

ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', divmod), ('<', lambda a, b: a < b), ('==', lambda a, b: a == b),
       ('>=', lambda a, b: a >= b)]
for _ in range(120):
    a, b = rand_fraction(), rand_operand()
    if rng.random() < 0.5:
        a, b = b, a
    print(' '.join('%s:%s' % (name, attempt(lambda: f(a, b))) for name, f in ops))
for _ in range(60):
    a = rand_fraction()
    k = rng.randrange(-6, 7)
    print(repr(a), hash(a), attempt(lambda: a ** k), round(a), repr(round(a, rng.randrange(-3, 5))),
          repr(a.limit_denominator(rng.choice([1, 5, 100, 10**6]))), F(str(a)) == a,
          F(repr(float(a))) == F(float(a)), int(a), float(a).hex())

def rand_spec():
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(['', '*', '0', ' ', 'x']) + rng.choice('<>=^'))
    parts.append(rng.choice(['', '', '+', '-', ' ']))
    if rng.random() < 0.2:
        parts.append('z')
    if rng.random() < 0.2:
        parts.append('#')
    if rng.random() < 0.25:
        parts.append('0')
    if rng.random() < 0.5:
        parts.append(str(rng.randrange(0, 25)))
    if rng.random() < 0.25:
        parts.append(rng.choice(',_'))
    if rng.random() < 0.6:
        parts.append('.' + str(rng.randrange(0, 20)))
    parts.append(rng.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'g', 'f', 'd', 'n']))
    return ''.join(parts)

values = [F(0), F(1, 3), F(-2, 3), F(5, 2), F(-1234567, 89), F(10**12, 7), F(1, 10**9), F(-1, 7)]
for _ in range(600):
    spec = rand_spec()
    v = rng.choice(values + [rand_fraction()])
    print(repr(spec), repr(v), attempt(lambda: format(v, spec)))
