# statistics.kde and kde_random (3.13): every kernel and its aliases, density and
# cumulative estimates, seeded random draws, data changing after the call, errors.
import statistics as st

def show(name, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(name, repr(r))

sample = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
for kernel in ['normal', 'gauss', 'logistic', 'sigmoid', 'rectangular', 'uniform',
               'triangular', 'parabolic', 'epanechnikov', 'quartic', 'biweight',
               'triweight', 'cosine']:
    f = st.kde(sample, h=1.5, kernel=kernel)
    F = st.kde(sample, h=1.5, kernel=kernel, cumulative=True)
    print(kernel, [f(x) for x in (-3, -1.3, 0, 2.5, 6.2, 9)])
    print('  cdf', [F(x) for x in (-5, -1.3, 0, 2.5, 6.2, 9)])
    print('  ', f.__doc__, '|', F.__doc__, f.__name__, F.__name__)
    r = st.kde_random(sample, h=1.5, kernel=kernel, seed=8675309)
    print('  random', [r() for _ in range(6)], r.__doc__)
ints = st.kde([1, 2, 2, 3], 1)
print(ints(2), ints(2.5), st.kde([1, 2, 2, 3], 0.5, 'triangular', cumulative=True)(2))
rs = st.kde_random([1, 2, 2, 3], 0.25, 'triweight', seed=3)
print([round(rs(), 12) for _ in range(8)])
show('kde empty', st.kde, [], 1)
show('kde str', st.kde, ['a'], 1)
show('kde h', st.kde, [1.0], 0)
show('kde h neg', st.kde, [1.0], -2.5)
show('kde kernel', st.kde, [1.0], 1, kernel='boxy')
show('kde iter', st.kde, iter([1.0]), 1)
show('kder empty', st.kde_random, [], 1)
show('kder h', st.kde_random, [1], -1.5)
show('kder kernel', st.kde_random, [1], 1, kernel='boxy')
show('kder str', st.kde_random, ['x'], 1)
d = [1.0, 2.0]
f = st.kde(d, 1, kernel='triangular')
print(f(1.5))
d.append(1.5)
print(f(1.5))
g = st.kde(d, 1)
d.append(10)
print(g(1.5))
st.kde([1, 2], h=1, kernel='Normal')
