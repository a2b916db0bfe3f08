# abs() and ** of complex numbers use libm's hypot, atan2, exp, log, cos and sin in CPython
# (and pow); Java's hypot differs from glibc's for about one pair in ten, so these are
# printed bit for bit over seeded random values of every magnitude.
import math
import random

rng = random.Random(5)


def anywhere():
    return math.ldexp(rng.random(), rng.randrange(-1074, 1024)) * rng.choice([1, -1])


for i in range(300):
    a, b = anywhere(), anywhere()
    c, d = rng.uniform(-10, 10), rng.uniform(-10, 10)
    out = []
    for z in (complex(a, b), complex(c, d), complex(a, d)):
        try:
            out.append(abs(z).hex())
        except OverflowError as e:
            out.append("OverflowError: " + str(e))
    w = complex(c, d)
    out.append((w ** 0.5).real.hex())
    p = w ** complex(0.3, 0.2)
    out.append(p.real.hex() + "," + p.imag.hex())
    q = w ** rng.uniform(-3, 3)
    out.append(q.real.hex() + "," + q.imag.hex())
    print(" ".join(out))
