# statistics: covariance, correlation (linear and ranked), linear_regression (and
# proportional=True), on ints and floats, with their errors.
import statistics as st
import random

def show(name, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(name, repr(r))

rng = random.Random(777)
floats = [rng.gauss(10, 3) for _ in range(100)]
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show('cov', st.covariance, x, y)
show('cov neg', st.covariance, x, [-v for v in x])
show('cov2', st.covariance, floats[:50], floats[50:])
show('cov len', st.covariance, [1, 2], [1])
show('cov one', st.covariance, [1], [1])
show('cov str', st.covariance, ['a', 'b'], [1, 2])
show('corr', st.correlation, x, y)
show('corr self', st.correlation, x, x)
show('corr neg', st.correlation, x, x[::-1])
show('corr2', st.correlation, floats[:50], floats[50:])
show('corr ranked', st.correlation, [1, 5, 3, 3, 9], [2, 2, 7, 4, 1], method='ranked')
show('corr ranked2', st.correlation, floats[:50], floats[50:], method='ranked')
show('corr ranked ties', st.correlation, [1, 1, 1, 2, 2, 3], [3, 3, 2, 2, 1, 1], method='ranked')
show('corr ranked strs', st.correlation, ['a', 'c', 'b'], ['x', 'y', 'z'], method='ranked')
show('corr const', st.correlation, [1, 1, 1], [1, 2, 3])
show('corr const ranked', st.correlation, [1, 2, 3], [5, 5, 5], method='ranked')
show('corr bad', st.correlation, [1, 2], [1, 2], method='x')
show('corr len', st.correlation, [1, 2], [1])
show('corr one', st.correlation, [1], [1])
show('corr huge', st.correlation, [1e200, 2e200, 4e200], [1e-200, 3e-200, 2e-200])
show('corr tiny', st.correlation, [1e-170, 2e-170, 4e-170], [1e-170, 3e-170, 2e-170])
show('lr', st.linear_regression, [1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5])
show('lr prop', st.linear_regression, [1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5], proportional=True)
show('lr ints', st.linear_regression, [1, 2, 3], [2, 4, 6])
show('lr f', st.linear_regression, floats[:50], floats[50:])
show('lr const', st.linear_regression, [1, 1], [1, 2])
show('lr prop zero', st.linear_regression, [0, 0], [1, 2], proportional=True)
show('lr len', st.linear_regression, [1, 2], [1])
show('lr one', st.linear_regression, [1], [1])
for trial in range(25):
    n = rng.randrange(2, 40)
    a = [rng.uniform(-5, 5) * 10.0 ** rng.randrange(-3, 4) for _ in range(n)]
    b = [v * rng.uniform(0.5, 2) + rng.gauss(0, 1) for v in a]
    r = st.linear_regression(a, b)
    print(trial, st.covariance(a, b).hex(), st.correlation(a, b).hex(),
          st.correlation(a, b, method='ranked').hex(), r.slope.hex(), r.intercept.hex(),
          st.linear_regression(a, b, proportional=True).slope.hex())
r = st.linear_regression([1, 2, 3], [2, 4, 7])
print(r, r.slope, r.intercept, r._fields, type(r).__name__, st.LinearRegression.__name__,
      isinstance(r, tuple), r == st.LinearRegression(r.slope, r.intercept), r._asdict())
slope, intercept = st.linear_regression([0, 10], [5, 25])
print(slope, intercept)
st.correlation([2, 2, 2], [1, 2, 3])
