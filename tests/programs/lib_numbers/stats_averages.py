# statistics: mean, fmean (weights), geometric_mean, harmonic_mean (weights), median and
# its low/high/grouped forms, mode, multimode, quantiles; result types following the
# data (int, float, Fraction, Decimal); StatisticsError messages.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
import random

def show(name, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(name, repr(r))

rng = random.Random(12345)
floats = [rng.gauss(10, 3) for _ in range(101)]
ints = [rng.randrange(-50, 100) for _ in range(40)]
fracs = [F(rng.randrange(1, 50), rng.randrange(1, 50)) for _ in range(15)]
decs = [D(rng.randrange(-999, 999)) / 100 for _ in range(20)]
datasets = [('floats', floats), ('ints', ints), ('fracs', fracs), ('decs', decs),
            ('mixed', [1, 2.5, F(1, 3)]), ('bools', [True, False, True]),
            ('intfrac', [1, F(1, 2), 3]), ('even', [1, 3, 5, 7]), ('one', [4])]
for label, data in datasets:
    for fn in ['mean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode',
               'multimode', 'quantiles']:
        show(label + ' ' + fn, getattr(st, fn), data)
    show(label + ' fmean', st.fmean, [float(x) for x in data])
    show(label + ' mean(iter)', st.mean, iter(data))

# many float datasets: the exact mean rounds once, as CPython's does
for trial in range(30):
    n = rng.randrange(1, 60)
    scale = 10.0 ** rng.randrange(-20, 20)
    data = [rng.uniform(-1, 1) * scale for _ in range(n)]
    print(trial, st.mean(data).hex(), st.fmean(data).hex(), st.median(data).hex())

show('mean 1e308s', st.mean, [1e308, 1e308, -1e308])
show('fmean 1e308s', st.fmean, [1e308, 1e308])
show('mean tiny', st.mean, [5e-324, 5e-324, 5e-324])
show('quant10', st.quantiles, floats, n=10)
show('quant10i', st.quantiles, floats, n=10, method='inclusive')
show('quant ints', st.quantiles, [1, 2, 3, 4, 5, 6, 7], n=4)
show('quant ints inc', st.quantiles, [1, 2, 3, 4, 5, 6, 7], n=4, method='inclusive')
show('quant fracs', st.quantiles, fracs, n=3)
show('quant decs', st.quantiles, decs, n=5, method='inclusive')
show('quant two', st.quantiles, [1, 10], n=6)
show('quant 1', st.quantiles, [5], n=4)
show('quant 0', st.quantiles, [], n=4)
show('quant n0', st.quantiles, [1, 2], n=0)
show('quant bad', st.quantiles, [1, 2, 3], method='x')
show('quant n1', st.quantiles, [1, 2, 3], n=1)
show('quant pos', st.quantiles, [1, 2, 3], 4)
show('geo', st.geometric_mean, [54, 24, 36])
show('geo f', st.geometric_mean, [x for x in floats if x > 0])
show('geo zero', st.geometric_mean, [1, 0, 3])
show('geo neg', st.geometric_mean, [1, -2])
show('geo empty', st.geometric_mean, [])
show('geo nan', st.geometric_mean, [1, float('nan')])
show('geo inf0', st.geometric_mean, [float('inf'), 0])
show('geo gen', st.geometric_mean, (x for x in [2, 8]))
show('harm', st.harmonic_mean, [40, 60])
show('harm w', st.harmonic_mean, [40, 60], weights=[5, 30])
show('harm w gen', st.harmonic_mean, iter([40, 60]), weights=iter([5, 30]))
show('harm f', st.harmonic_mean, [2.5, 3, 10])
show('harm fr', st.harmonic_mean, fracs)
show('harm dec', st.harmonic_mean, [D('2.5'), D(3), D(10)])
show('harm zero', st.harmonic_mean, [1, 0, 2])
show('harm neg', st.harmonic_mean, [1, -1])
show('harm one', st.harmonic_mean, [7.5])
show('harm one frac', st.harmonic_mean, [F(1, 3)])
show('harm one neg', st.harmonic_mean, [-7.5])
show('harm one str', st.harmonic_mean, ['a'])
show('harm empty', st.harmonic_mean, [])
show('harm wlen', st.harmonic_mean, [1, 2], weights=[1])
show('harm wneg', st.harmonic_mean, [1, 2], weights=[1, -1])
show('harm w0', st.harmonic_mean, [1, 2], weights=[0, 0])
show('fmean w', st.fmean, [3.5, 4.0, 5.25], [1, 2, 3])
show('fmean w gen', st.fmean, [3.5, 4.0, 5.25], (w for w in [1, 2, 3]))
show('fmean gen', st.fmean, (x for x in [1, 2, 3, 4]))
show('fmean empty', st.fmean, [])
show('fmean empty gen', st.fmean, iter([]))
show('fmean wlen', st.fmean, [1, 2], [1])
show('fmean w0', st.fmean, [1, 2], [1, -1])
show('fmean str', st.fmean, ['a'])
show('mean empty', st.mean, [])
show('mean str', st.mean, ['a', 'b'])
show('mean none', st.mean, [None])
show('mean inf', st.mean, [1, float('inf')])
show('mean nan', st.mean, [1.0, float('nan')])
show('mean infs', st.mean, [float('inf'), float('-inf')])
show('mean dec nan', st.mean, [D(1), D('NaN')])
show('mean dec inf', st.mean, [D(1), D('-Infinity')])
show('median empty', st.median, [])
show('median_low empty', st.median_low, [])
show('median_high empty', st.median_high, [])
show('median strs', st.median, ['b', 'a', 'c'])
show('median_low strs', st.median_low, ['b', 'a', 'c', 'd'])
show('mg', st.median_grouped, [52, 52, 53, 54])
show('mg2', st.median_grouped, [1, 3, 3, 5, 7], interval=1)
show('mg3', st.median_grouped, [1, 3, 3, 5, 7], interval=2)
show('mg4', st.median_grouped, [F(1, 2), F(3, 2)], interval=F(1, 4))
show('mg str', st.median_grouped, ['a', 'b'])
show('mg interval', st.median_grouped, [1, 2], interval='x')
show('mg empty', st.median_grouped, [])
show('mode', st.mode, ['red', 'blue', 'blue', 'red', 'green', 'red', 'red'])
show('mode tie', st.mode, [1, 1, 2, 2, 3])
show('mode nums', st.mode, [1, 1.0, True, 2, 2])
show('mode empty', st.mode, [])
show('mode iter', st.mode, iter('abracadabra'))
show('mode unhashable', st.mode, [[1], [2]])
show('multimode', st.multimode, 'aabbbbccddddeeffffgg')
show('multimode empty', st.multimode, '')
show('multimode one', st.multimode, [3, 1, 2])
print(st.StatisticsError.__mro__[1].__name__, st.StatisticsError.__module__, sorted(st.__all__))
st.median_low([])
