# statistics: variance, pvariance, stdev, pstdev with xbar/mu given or not, computed
# exactly (bit-identical floats, result types following the data: int, float,
# Fraction, Decimal), non-finite data, mixed types, and the errors.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D, localcontext
import random

def show(name, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(name, repr(r))

rng = random.Random(4242)
floats = [rng.gauss(10, 3) for _ in range(101)]
ints = [rng.randrange(-50, 100) for _ in range(40)]
fracs = [F(rng.randrange(1, 50), rng.randrange(1, 50)) for _ in range(15)]
decs = [D(rng.randrange(-999, 999)) / 100 for _ in range(20)]
for label, data in [('floats', floats), ('ints', ints), ('fracs', fracs), ('decs', decs),
                    ('mixed', [1, 2.5, F(1, 3)]), ('bools', [True, False, True]),
                    ('same', [2.5] * 7), ('pair', [1, 2]), ('intfrac', [1, F(1, 2), 3])]:
    for fn in ['pvariance', 'variance', 'pstdev', 'stdev']:
        show(label + ' ' + fn, getattr(st, fn), data)

# many float datasets, in hex: the exact sums round once, the roots are correctly rounded
for trial in range(40):
    n = rng.randrange(2, 50)
    scale = 10.0 ** rng.randrange(-30, 30)
    shift = rng.choice([0.0, 1e6, -3.5])
    data = [(rng.random() + shift) * scale for _ in range(n)]
    print(trial, st.variance(data).hex(), st.pvariance(data).hex(), st.stdev(data).hex(),
          st.pstdev(data).hex())
for trial in range(10):
    data = [rng.randrange(-10**6, 10**6) for _ in range(rng.randrange(2, 30))]
    print(trial, repr(st.variance(data)), repr(st.pvariance(data)), st.stdev(data).hex(),
          st.pstdev(data).hex())

show('var xbar', st.variance, floats, st.mean(floats))
show('var xbar wrong', st.variance, [1, 2, 3, 4], 10)
show('pvar mu', st.pvariance, ints, 3)
show('pvar mu float', st.pvariance, ints, 3.5)
show('stdev xbar', st.stdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)
show('pstdev mu', st.pstdev, [F(1, 3), F(2, 3)], F(1, 2))
show('pstdev mu dec', st.pstdev, [D('1.5'), D('2.5')], D('2'))
show('var inf', st.variance, [1, float('inf')])
show('pvar nan', st.pvariance, [1.0, float('nan'), 2.0])
show('var dec nan', st.variance, [D(1), D('NaN')])
show('var one', st.variance, [1])
show('var empty', st.variance, [])
show('pvar empty', st.pvariance, [])
show('stdev one', st.stdev, [1])
show('pstdev empty', st.pstdev, [])
show('var str', st.variance, ['a', 'b'])
show('var none', st.pvariance, [1, None])
show('pstdev dec', st.pstdev, [D('1.5'), D('2.5'), D('2.5'), D('2.75'), D('3.25'), D('4.75')])
show('stdev dec', st.stdev, decs)
show('pstdev dec same', st.pstdev, [D(1), D(1)])
show('stdev dec big', st.stdev, [D(10) ** 30, D(10) ** 30 + 1, D(3)])
with localcontext() as ctx:
    ctx.prec = 10
    show('stdev dec prec10', st.stdev, decs)
    show('var dec prec10', st.variance, decs)
show('stdev fracs', st.stdev, fracs)
show('var fracs', st.variance, fracs)
show('pvar iter', st.pvariance, iter([1, 2, 3, 4]))
show('stdev gen', st.stdev, (x * 0.5 for x in range(10)))
show('var big ints', st.variance, [10**20, 10**20 + 1, 10**20 + 2])
show('pstdev big ints', st.pstdev, [10**40, 10**40 + 3])
show('stdev tiny', st.stdev, [5e-324, 1e-323, 0.0])
show('pstdev huge', st.pstdev, [1e308, -1e308])
# lists and tuples of plain floats and ints take a faster exact path: the same results
big_run = [0.5 + k * 2.0 ** -50 for k in range(3000)] + [1e-300, -2.5e-310]
show('long run mean', st.mean, big_run)
show('long run var', st.variance, big_run)
show('long run tuple pstdev', st.pstdev, tuple(big_run))
near_max = [2**63 - 1, 2**63 - 2, -2**63, 2**63, 2**64 + 5, 7]
show('near long mean', st.mean, near_max)
show('near long var', st.variance, near_max)
show('near long pvar tuple', st.pvariance, tuple(near_max))
show('ints floats', st.variance, [1, 2**70, 0.25, -3, 1e20])
show('with bool', st.mean, [1.5, True, 2])
show('with frac', st.variance, [1.5, F(1, 3), 2])
show('float subclass', st.mean, [type('MyFloat', (float,), {})(1.5), 2.0])
show('subnormals', st.pvariance, [5e-324, 1e-320, 2.2250738585072014e-308])
show('list subclass', st.mean, type('L', (list,), {})([1.5, 2.5, 4.0]))
st.stdev([3.5])
