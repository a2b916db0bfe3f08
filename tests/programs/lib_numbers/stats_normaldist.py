# statistics.NormalDist: pdf, cdf, inv_cdf (the same floats as CPython's rational
# approximation), quantiles, overlap, zscore, samples with a seed, from_samples,
# arithmetic, equality, hashing, repr, and the StatisticsErrors.
import statistics as st
from statistics import NormalDist as N
import random

def show(name, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(name, repr(r))

n = N(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance, N(), repr(N(1, 2)), N(3), N(sigma=2))
for x in [-1e300, 0.0, 55.5, 85, 100, 115.25, 130, 1e300]:
    print(x, n.pdf(x), n.cdf(x), n.zscore(x))
for p in [1e-300, 1e-20, 1e-10, 0.001, 0.01, 0.02425, 0.074, 0.075, 0.1, 0.25, 0.5, 0.6,
          0.9, 0.925, 0.99, 0.999999, 1 - 1e-16]:
    print(p, N().inv_cdf(p), n.inv_cdf(p))
rng = random.Random(5)
for _ in range(40):
    p = rng.random()
    print(N(rng.uniform(-5, 5), rng.uniform(0.1, 10)).inv_cdf(p).hex(), end=' ')
print()
print(n.quantiles(), n.quantiles(10), N(0, 1).quantiles(3), N().quantiles(1))
print(N(2.4, 1.6).overlap(N(3.2, 2.0)), N(0, 1).overlap(N(0, 1)), N(0, 1).overlap(N(1, 1)),
      N(0, 2).overlap(N(0, 1)), N(5, 1).overlap(N(-5, 3)))
print(n + 5, 5 + n, n - 5, 5 - n, n * 2, 2 * n, n / 2, -n, +n, n + N(10, 20), n - N(10, 20),
      n * -3, n / -4)
print(n == N(100, 15), n == N(100, 16), n == 5, n != N(100.0, 15.0),
      hash(n) == hash(N(100.0, 15.0)), hash(n) == hash((100.0, 15.0)))
print(N.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), N.from_samples([1, 2, 3]))
data = [rng.gauss(5, 2) for _ in range(200)]
print(N.from_samples(data), N.from_samples(iter(data[:10])))
print(n.samples(5, seed=42))
print(N(0, 1).samples(3, seed='abc'), N(0, 1).samples(0, seed=1))
random.seed(99)
print(N(3, 0.5).samples(4))
show('sigma neg', N, 0, -1)
show('sigma str', N, 0, 'x')
show('mu str', N, 'x', 1)
show('pdf0', N(1, 0).pdf, 1)
show('cdf0', N(1, 0).cdf, 1)
show('z0', N(1, 0).zscore, 1)
show('inv0', N().inv_cdf, 0)
show('inv1', N().inv_cdf, 1.0)
show('inv neg', N().inv_cdf, -0.5)
show('overlap bad', N().overlap, 5)
show('overlap0', N(0, 0).overlap, N(1, 1))
show('fs one', N.from_samples, [1])
show('add str', lambda: N() + 'x')
show('mul N', lambda: N() * N())
print(n.__getstate__(), N.__slots__ is not None)
m = N()
m.__setstate__((7.0, 8.0))
print(m)
class MyN(N):
    pass
print(repr(MyN(1, 2)), type(MyN.from_samples([1, 2])).__name__, type(MyN(1, 2) + 1).__name__)
N(5, 0).cdf(5)
