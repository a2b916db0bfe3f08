# statistics over 150 seeded random datasets of every kind (ints, floats of every
# magnitude, Fractions, Decimals, mixes, lists, tuples and generators): every function's
# result and type, or its exception, as CPython 3.13 gives them.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
import random

rng = random.Random(31337)

def make(kind, n):
    if kind == 'int':
        return [rng.randrange(-10**rng.randrange(1, 25), 10**rng.randrange(1, 25)) for _ in range(n)]
    if kind == 'float':
        e = rng.randrange(-300, 300)
        return [rng.uniform(-1, 1) * 10.0 ** (e + rng.randrange(-5, 5)) for _ in range(n)]
    if kind == 'posfloat':
        return [rng.expovariate(0.1) + 1e-9 for _ in range(n)]
    if kind == 'frac':
        return [F(rng.randrange(-99, 100), rng.randrange(1, 100)) for _ in range(n)]
    if kind == 'dec':
        return [D(rng.randrange(-10**6, 10**6)).scaleb(rng.randrange(-8, 3)) for _ in range(n)]
    if kind == 'intfloat':
        return [rng.choice([rng.randrange(-100, 100), rng.gauss(0, 50)]) for _ in range(n)]
    if kind == 'intfrac':
        return [rng.choice([rng.randrange(-100, 100), F(rng.randrange(1, 9), 7)]) for _ in range(n)]
    return [rng.choice([0.5, 2, F(1, 3)]) for _ in range(n)]

def run(name, f, *args, **kw):
    try:
        r = f(*args, **kw)
        if isinstance(r, float):
            return '%s=%s' % (name, r.hex())
        if isinstance(r, list):
            return '%s=%s' % (name, [x.hex() if isinstance(x, float) else str(x) for x in r])
        return '%s=%s:%s' % (name, r, type(r).__name__)
    except Exception as e:
        return '%s!%s(%s)' % (name, type(e).__name__, e)

kinds = ['int', 'float', 'posfloat', 'frac', 'dec', 'intfloat', 'intfrac', 'mixed']
for trial in range(150):
    kind = kinds[trial % len(kinds)]
    data = make(kind, rng.choice([1, 2, 3, rng.randrange(4, 40)]))
    shape = trial % 3
    wrap = (lambda d: d) if shape == 0 else tuple if shape == 1 else (lambda d: iter(d))
    out = [kind, str(len(data))]
    for fname in ['mean', 'variance', 'pvariance', 'stdev', 'pstdev', 'median', 'median_low',
                  'median_high', 'harmonic_mean', 'median_grouped']:
        out.append(run(fname, getattr(st, fname), wrap(data)))
    if kind not in ('dec',):
        out.append(run('fmean', st.fmean, wrap(data)))
        out.append(run('geometric_mean', st.geometric_mean, wrap(data)))
        out.append(run('quantiles', st.quantiles, data, n=rng.randrange(1, 6)))
    if kind in ('int', 'float', 'posfloat', 'intfloat'):
        other = [x + rng.gauss(0, 1) for x in data]
        out.append(run('correlation', st.correlation, data, other))
        out.append(run('covariance', st.covariance, data, other))
        out.append(run('regression', st.linear_regression, data, other))
        out.append(run('variance_xbar', st.variance, data, data[0]))
    print(' '.join(out))
