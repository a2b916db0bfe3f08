"""Descriptive statistics and the normal distribution: pyjit's statistics module.

Behaves as CPython 3.13's. The averages and spreads of mixed data (mean, variance,
stdev and their population forms, harmonic_mean) are computed exactly: each value
becomes a ratio of ints, sums are kept per denominator and combined as one Fraction,
and only the final result is converted to the data's type (int data giving a
non-integral result gives a float; Fraction data a Fraction; Decimal data a Decimal;
floats a correctly rounded float), so results are the same bits as CPython's. The
float-only functions (fmean, geometric_mean, covariance, correlation,
linear_regression) use math.fsum and math.sumprod as CPython does.

decimal, random and collections are imported only when a path needs them (a Decimal
is recognised through sys.modules: none can exist before its module is loaded).
"""

import math as _math
import sys as _sys
import numbers as _numbers
from fractions import Fraction
from math import sqrt as _sqrt, exp as _exp, log as _log, fsum as _fsum
from math import sumprod as _sumprod, fabs as _fabs, erf as _erf

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'kde', 'kde_random', 'linear_regression',
    'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


try:
    from _statistics import _exact_sums
except ImportError:
    _exact_sums = None


class StatisticsError(ValueError):
    pass


def _decimal_type():
    mod = _sys.modules.get('decimal')
    return None if mod is None else getattr(mod, 'Decimal', None)


def _is_decimal_type(T):
    dec = _decimal_type()
    return dec is not None and issubclass(T, dec)


# ------------------------------------------------------------- exact summation

def _ratio(x):
    """x as (numerator, denominator); a NaN or infinity as (x, None)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _result_type(T, S):
    """The type a result takes when the data holds values of types T and S."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    # a subclass wins over its base; anything wins over an int subclass
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    # floats and Fractions mix into floats
    for a, b in ((T, S), (S, T)):
        if issubclass(a, Fraction) and issubclass(b, float):
            return b
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _dyadic(n, e):
    """n * 2**e as {denominator: numerator}."""
    return {1 << -e: n} if e < 0 else {1: n << e}


def _tally(data, squares=False):
    """One pass over data: (result type, count, sums, sums of squares), the sums as
    {denominator: sum of numerators}; non-finite values are summed under None."""
    if _exact_sums is not None and type(data) in (list, tuple):
        # a list or tuple of plain floats and ints: summed exactly in Java
        found = _exact_sums(data, squares)
        if found is not None:
            count, floats, s, e, q, f = found
            return (float if floats else int), count, _dyadic(s, e), _dyadic(q, f)
    T = int
    last = int
    count = 0
    sums = {}
    sqs = {}
    get = sums.get
    for x in data:
        typ = type(x)
        if typ is not last:
            T = _result_type(T, typ)
            last = typ
        count += 1
        # the common kinds inline; _ratio for the rest
        if typ is float:
            try:
                n, d = x.as_integer_ratio()
            except (OverflowError, ValueError):
                n, d = x, None
        elif typ is int:
            n = x
            d = 1
        else:
            n, d = _ratio(x)
        sums[d] = get(d, 0) + n
        if squares:
            if d is not None:
                d *= d
            sqs[d] = sqs.get(d, 0) + n * n
    return T, count, sums, sqs


def _combine(partials):
    """The exact total of {denominator: numerator sum} as a Fraction."""
    total = Fraction(0)
    for d, n in partials.items():
        total += Fraction(n, d)
    return total


def _sum(data):
    """(result type, exact total, count); the total is a float or Decimal when the
    data holds a NaN or an infinity."""
    T, count, sums, _ = _tally(data)
    if None in sums:
        return T, sums[None], count
    return T, _combine(sums), count


def _ss(data, c=None):
    """(result type, sum of squared deviations, the centre used, count)."""
    if c is not None:
        # a list, so that plain floats and ints take the exact Java path
        T, total, count = _sum([(x - c) * (x - c) for x in data])
        return T, total, c, count
    T, count, sums, sqs = _tally(data, True)
    if not count:
        zero = Fraction(0)
        return T, zero, zero, 0
    if None in sums:
        s = sums[None]
        return T, s, s, count
    sx = _combine(sums)
    sxx = _combine(sqs)
    # n * sum(x^2) - sum(x)^2 = n * sum((x - mean)^2), exactly
    return T, (count * sxx - sx * sx) / count, sx / count, count


def _convert(value, T):
    """An exact result as the type T of the data."""
    if type(value) is T:
        return value
    if value.denominator != 1 and issubclass(T, int):
        T = float
    try:
        return T(value)
    except TypeError:
        if _is_decimal_type(T):
            top, bottom = value.as_integer_ratio()
            return T(top) / T(bottom)
        raise


def _nonnegative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# ------------------------------------------------------- correctly rounded roots

def _odd_isqrt(n, m):
    """isqrt(n // m) with its low bit set when the root of n/m is not exact, so a
    later rounding of the value sees the lost part (rounding to odd)."""
    r = _math.isqrt(n // m)
    return r | (r * r * m != n)


# enough bits that rounding to odd, then to a float's 53, rounds sqrt(n/m) once
_ROOT_BITS = 2 * _sys.float_info.mant_dig + 3


def _float_root(n, m):
    """sqrt(n/m) correctly rounded to a float, for ints n >= 0 and m > 0."""
    shift = (n.bit_length() - m.bit_length() - _ROOT_BITS) // 2
    if shift >= 0:
        return (_odd_isqrt(n, m << 2 * shift) << shift) / 1
    return _odd_isqrt(n << -2 * shift, m) / (1 << -shift)


def _decimal_root(n, m):
    """sqrt(n/m) as a Decimal, correctly rounded in the current context."""
    Decimal = _decimal_type()
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    target = Fraction(n, m)
    # the division rounded once already; move one step when a neighbour is nearer
    up = root.next_plus()
    half = (Fraction(root) + Fraction(up)) / 2
    if target > half * half:
        return up
    down = root.next_minus()
    half = (Fraction(root) + Fraction(down)) / 2
    if target < half * half:
        return down
    return root


# ----------------------------------------------------------------- averages

def mean(data):
    """The arithmetic mean, computed exactly and given in the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean as a float (optionally weighted), by math.fsum."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            items = list(data)
            n = len(items)
            data = items
        total = _fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not isinstance(weights, (tuple, list)):
        weights = list(weights)
    try:
        top = _sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length')
    bottom = _fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def geometric_mean(data):
    """The geometric mean as a float: exp of the mean logarithm."""
    n = 0
    zero_seen = False
    logs = []
    for x in data:
        n += 1
        if x > 0.0 or _math.isnan(x):
            logs.append(_log(x))
        elif x == 0.0:
            zero_seen = True
        else:
            raise StatisticsError('No negative inputs allowed', x)
    total = _fsum(logs)
    if not n:
        raise StatisticsError('Must have a non-empty dataset')
    if _math.isnan(total):
        return _math.nan
    if zero_seen:
        return _math.nan if total == _math.inf else 0.0
    return _exp(total / n)


def harmonic_mean(data, weights=None):
    """The harmonic mean (optionally weighted), exactly, in the data's type."""
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        dec = _decimal_type()
        if isinstance(x, _numbers.Real) or (dec is not None and isinstance(x, dec)):
            if x < 0:
                raise StatisticsError(negative)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        weight_total = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, weight_total, _ = _sum(_nonnegative(weights, negative))
    try:
        checked = _nonnegative(data, negative)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / total, T)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    mid = n // 2
    if n & 1:
        return data[mid]
    return (data[mid - 1] + data[mid]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n & 1 else data[n // 2 - 1]


def median_high(data):
    """The middle value, or the larger of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The 50th percentile of data grouped in classes of width interval, each
    datum the midpoint of its class (interpolated within the median's class)."""
    import bisect
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    below = bisect.bisect_left(data, x)
    upto = bisect.bisect_right(data, x, lo=below)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = x - interval / 2.0
    return lower_limit + interval * (n / 2 - below) / (upto - below)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one seen among equally common ones)."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    top = 0
    for value, c in counts.items():
        if c > top:
            best, top = value, c
    return best


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        if size == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    cuts = []
    if method == 'inclusive':
        # positions 0 .. size-1 spread over [0, 1]
        span = size - 1
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            cuts.append((data[j] * (n - frac) + data[j + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        # positions 1 .. size among size + 1 gaps, clamped to the data
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            cuts.append((data[j - 1] * (n - frac) + data[j] * frac) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# ------------------------------------------------------------------- spread

def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator), exactly, in the data's type."""
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance, exactly, in the data's type."""
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def _root(T, ms):
    if _is_decimal_type(T):
        return _decimal_root(ms.numerator, ms.denominator)
    return _float_root(ms.numerator, ms.denominator)


def stdev(data, xbar=None):
    """The square root of the sample variance, correctly rounded."""
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(T, ss / (n - 1))


def pstdev(data, mu=None):
    """The square root of the population variance, correctly rounded."""
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(T, ss / n)


def _mean_and_stdev(data):
    T, ss, centre, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    ms = ss / (n - 1)
    try:
        return float(centre), _float_root(ms.numerator, ms.denominator)
    except AttributeError:
        # non-finite data: the sums are plain floats
        return float(centre), float(centre) / float(ss)


def _sqrt_of_product(x, y):
    """sqrt(x * y) for floats, without overflow or underflow of the product and
    with one correction step so the result is within an ulp."""
    h = _sqrt(x * y)
    if not _math.isfinite(h):
        if _math.isinf(h) and not _math.isinf(x) and not _math.isinf(y):
            scale = 2.0 ** -512
            return _sqrt_of_product(scale * x, scale * y) / scale
        return h
    if not h:
        if x and y:
            scale = 2.0 ** 537
            return _sqrt_of_product(scale * x, scale * y) / scale
        return h
    # x*y - h*h with one rounding, then a Newton step
    error = _sumprod((x, h), (y, -h))
    return h + error / (2.0 * h)


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs '
                              'have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    mx = _fsum(x) / n
    my = _fsum(y) / n
    total = _sumprod([a - mx for a in x], [b - my for b in y])
    return total / (n - 1)


def _ranks(values, start):
    """Ranks of values from start upward, ties sharing the mean of their ranks."""
    order = sorted(zip(values, range(len(values))))
    ranks = [0] * len(order)
    i = 0
    base = start - 1
    while i < len(order):
        j = i + 1
        while j < len(order) and order[j][0] == order[i][0]:
            j += 1
        size = j - i
        rank = base + (size + 1) / 2
        for k in range(i, j):
            ranks[order[k][1]] = rank
        base += size
        i = j
    return ranks


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient, or Spearman's with method='ranked'."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs '
                              'have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    if method not in ('linear', 'ranked'):
        raise ValueError('Unknown method: %r' % (method,))
    if method == 'ranked':
        # centred ranks: their mean is zero
        start = (n - 1) / -2
        x = _ranks(x, start)
        y = _ranks(y, start)
    else:
        mx = _fsum(x) / n
        my = _fsum(y) / n
        x = [a - mx for a in x]
        y = [b - my for b in y]
    sxy = _sumprod(x, y)
    sxx = _sumprod(x, x)
    syy = _sumprod(y, y)
    try:
        return sxy / _sqrt_of_product(sxx, syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


_regression_type = None


def _regression():
    global _regression_type, LinearRegression
    if _regression_type is None:
        from collections import namedtuple
        _regression_type = namedtuple('LinearRegression', ('slope', 'intercept'))
        _regression_type.__module__ = __name__
        LinearRegression = _regression_type
    return _regression_type


def __getattr__(name):
    # the result type of linear_regression is made on first use (it needs
    # collections, which a plain `import statistics` should not load)
    if name == 'LinearRegression':
        return _regression()
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


def linear_regression(x, y, /, *, proportional=False):
    """Ordinary least squares: (slope, intercept) of y against x; with
    proportional=True the line goes through the origin."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs '
                              'have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if not proportional:
        mx = _fsum(x) / n
        my = _fsum(y) / n
        x = [a - mx for a in x]
        y = [b - my for b in y]
    sxy = _sumprod(x, y) + 0.0
    sxx = _sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else my - slope * mx
    return _regression()(slope=slope, intercept=intercept)


# --------------------------------------------------- kernel density estimation

def _kernel(name):
    """(density K, cumulative W, support radius or None) of a named kernel."""
    pi = _math.pi
    if name in ('normal', 'gauss'):
        root_tau = _sqrt(2 * pi)
        root2 = _sqrt(2)

        def K(t):
            return _exp(-1 / 2 * t * t) / root_tau

        def W(t):
            return 1 / 2 * (1.0 + _erf(t / root2))
        return K, W, None
    if name == 'logistic':
        def K(t):
            return 1 / 2 / (1.0 + _math.cosh(t))

        def W(t):
            return 1.0 - 1.0 / (_exp(t) + 1.0)
        return K, W, None
    if name == 'sigmoid':
        inv_pi = 1 / pi
        two_over_pi = 2 / pi

        def K(t):
            return inv_pi / _math.cosh(t)

        def W(t):
            return two_over_pi * _math.atan(_exp(t))
        return K, W, None
    if name in ('rectangular', 'uniform'):
        def K(t):
            return 1 / 2

        def W(t):
            return 1 / 2 * t + 1 / 2
        return K, W, 1.0
    if name == 'triangular':
        def K(t):
            return 1.0 - abs(t)

        def W(t):
            return t * t * (1 / 2 if t < 0.0 else -1 / 2) + t + 1 / 2
        return K, W, 1.0
    if name in ('parabolic', 'epanechnikov'):
        def K(t):
            return 3 / 4 * (1.0 - t * t)

        def W(t):
            return -1 / 4 * t ** 3 + 3 / 4 * t + 1 / 2
        return K, W, 1.0
    if name in ('quartic', 'biweight'):
        return _quartic_pdf, _quartic_cdf, 1.0
    if name == 'triweight':
        return _triweight_pdf, _triweight_cdf, 1.0
    if name == 'cosine':
        quarter_pi = pi / 4
        half_pi = pi / 2

        def K(t):
            return quarter_pi * _math.cos(half_pi * t)

        def W(t):
            return 1 / 2 * _math.sin(half_pi * t) + 1 / 2
        return K, W, 1.0
    raise StatisticsError('Unknown kernel name: %r' % (name,))


def _quartic_pdf(t):
    return 15 / 16 * (1.0 - t * t) ** 2


def _quartic_cdf(t):
    return 3 / 16 * t ** 5 - 5 / 8 * t ** 3 + 15 / 16 * t + 1 / 2


def _triweight_pdf(t):
    return 35 / 32 * (1.0 - t * t) ** 3


def _triweight_cdf(t):
    return 35 / 32 * (-1 / 7 * t ** 7 + 3 / 5 * t ** 5 - t ** 3 + t) + 1 / 2


def _check_kde_args(data, h):
    if not len(data):
        raise StatisticsError('Empty data sequence')
    if not isinstance(data[0], (float, int)):
        raise TypeError('Data sequence must contain ints or floats')
    if h <= 0.0:
        raise StatisticsError('Bandwidth h must be positive, not h=%r' % (h,))


def kde(data, h, kernel='normal', *, cumulative=False):
    """A kernel density estimate of data with bandwidth h: a function giving the
    estimated density at x (or, with cumulative=True, the estimated CDF)."""
    _check_kde_args(data, h)
    K, W, support = _kernel(kernel)
    count = len(data)
    if support is None:
        def pdf(x):
            return sum(K((x - xi) / h) for xi in data) / (len(data) * h)

        def cdf(x):
            return sum(W((x - xi) / h) for xi in data) / len(data)
    else:
        import bisect
        reach = h * support
        state = [sorted(data), count]

        def window(x):
            # the sorted copy is refreshed if data changed length meanwhile
            if len(data) != state[1]:
                state[0] = sorted(data)
                state[1] = len(data)
            s = state[0]
            lo = bisect.bisect_left(s, x - reach)
            return lo, s[lo:bisect.bisect_right(s, x + reach)]

        def pdf(x):
            _, near = window(x)
            return sum(K((x - xi) / h) for xi in near) / (state[1] * h)

        def cdf(x):
            below, near = window(x)
            return sum((W((x - xi) / h) for xi in near), below) / state[1]
    if cumulative:
        cdf.__doc__ = 'CDF estimate with h=%r and kernel=%r' % (h, kernel)
        return cdf
    pdf.__doc__ = 'PDF estimate with h=%r and kernel=%r' % (h, kernel)
    return pdf


def _solve(guess, f, slope, y, tolerance=1e-12):
    """Newton's method for f(x) = y from guess(y)."""
    x = guess(y)
    while True:
        miss = f(x) - y
        if abs(miss) <= tolerance:
            return x
        x -= miss / slope(x)


def _quartic_guess(p):
    sign = 1.0
    if p > 1 / 2:
        sign, p = -1.0, 1.0 - p
    x = (2.0 * p) ** 0.4258865685331 - 1.0
    if p >= 0.004:
        x += 0.026818732 * _math.sin(7.101753784 * p + 2.73230839482953)
    return x * sign


def _triweight_guess(p):
    sign = 1.0
    if p > 1 / 2:
        sign, p = -1.0, 1.0 - p
    return ((2.0 * p) ** 0.3400218741872791 - 1.0) * sign


def _kernel_inverse_cdf(name):
    """The inverse CDF of a named kernel, or None for an unknown name."""
    pi = _math.pi
    if name in ('normal', 'gauss'):
        return NormalDist().inv_cdf
    if name == 'logistic':
        return lambda p: _log(p / (1 - p))
    if name == 'sigmoid':
        return lambda p: _log(_math.tan(p * pi / 2))
    if name in ('rectangular', 'uniform'):
        return lambda p: 2 * p - 1
    if name in ('parabolic', 'epanechnikov'):
        return lambda p: 2 * _math.cos((_math.acos(2 * p - 1) + pi) / 3)
    if name in ('quartic', 'biweight'):
        return lambda p: _solve(_quartic_guess, _quartic_cdf, _quartic_pdf, p)
    if name == 'triweight':
        return lambda p: _solve(_triweight_guess, _triweight_cdf, _triweight_pdf, p)
    if name == 'triangular':
        return lambda p: _sqrt(2 * p) - 1 if p < 1 / 2 else 1 - _sqrt(2 - 2 * p)
    if name == 'cosine':
        return lambda p: 2 * _math.asin(2 * p - 1) / pi
    return None


def kde_random(data, h, kernel='normal', *, seed=None):
    """A function drawing random values from the kernel density estimate of data."""
    _check_kde_args(data, h)
    inverse = _kernel_inverse_cdf(kernel)
    if inverse is None:
        raise StatisticsError('Unknown kernel name: %r' % (kernel,))
    import random
    gen = random.Random(seed)
    uniform = gen.random
    pick = gen.choice

    def rand():
        return pick(data) + h * inverse(uniform())
    rand.__doc__ = 'Random KDE selection with h=%r and kernel=%r' % (h, kernel)
    return rand


# ------------------------------------------------------------------ NormalDist

def _poly(r, coefficients):
    """Horner's rule, highest degree first (the operations in the order of the
    published algorithm, so the floats are the same)."""
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


# Wichura's algorithm AS 241 (PPND16), its three rational approximations
_CENTRAL_NUM = (2509.0809287301227, 33430.57558358813, 67265.7709270087,
                45921.95393154987, 13731.69376550946, 1971.5909503065513,
                133.14166789178438, 3.3871328727963665)
_CENTRAL_DEN = (5226.495278852854, 28729.085735721943, 39307.89580009271,
                21213.794301586597, 5394.196021424751, 687.1870074920579,
                42.31333070160091, 1.0)
_NEAR_NUM = (0.0007745450142783414, 0.022723844989269184, 0.2417807251774506,
             1.2704582524523684, 3.6478483247632045, 5.769497221460691,
             4.630337846156546, 1.4234371107496835)
_NEAR_DEN = (1.0507500716444169e-09, 0.0005475938084995345, 0.015198666563616457,
             0.14810397642748008, 0.6897673349851, 1.6763848301838038,
             2.053191626637759, 1.0)
_FAR_NUM = (2.0103343992922881e-07, 2.7115555687434876e-05, 0.0012426609473880784,
            0.026532189526576124, 0.29656057182850487, 1.7848265399172913,
            5.463784911164114, 6.657904643501103)
_FAR_DEN = (2.0442631033899397e-15, 1.421511758316446e-07, 1.8463183175100548e-05,
            0.0007868691311456133, 0.014875361290850615, 0.1369298809227358,
            0.599832206555888, 1.0)


def _inv_cdf(p, mu, sigma):
    q = p - 0.5
    if _fabs(q) <= 0.425:
        r = 0.180625 - q * q
        z = _poly(r, _CENTRAL_NUM) * q / _poly(r, _CENTRAL_DEN)
        return mu + z * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = _sqrt(-_log(r))
    if r <= 5.0:
        r = r - 1.6
        z = _poly(r, _NEAR_NUM) / _poly(r, _NEAR_DEN)
    else:
        r = r - 5.0
        z = _poly(r, _FAR_NUM) / _poly(r, _FAR_DEN)
    if q < 0.0:
        z = -z
    return mu + z * sigma


_ROOT2 = _sqrt(2.0)


class NormalDist:
    """A normal distribution of a random variable, N(mu, sigma**2)."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution with the mean and sample stdev of data."""
        return cls(*_mean_and_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (reproducible with a seed)."""
        import random
        draw = random.random if seed is None else random.Random(seed).random
        mu, sigma = self._mu, self._sigma
        return [_inv_cdf(draw(), mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return _exp(d * d / (-2.0 * var)) / _sqrt(_math.tau * var)

    def cdf(self, x):
        """The probability that the variable is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + _erf((x - self._mu) / (self._sigma * _ROOT2)))

    def inv_cdf(self, p):
        """The x at which cdf(x) is p (0 < p < 1)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n-1 cut points dividing the distribution into n equal parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The area shared by the two density curves (between 0.0 and 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = _fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - _erf(dm / (2.0 * a._sigma * _ROOT2))
        # the densities cross at x1 and x2
        s = a._mu * vb - b._mu * va
        t = a._sigma * b._sigma * _sqrt(dm * dm + dv * _log(vb / va))
        x1 = (s + t) / dv
        x2 = (s - t) / dv
        return 1.0 - (_fabs(b.cdf(x1) - a.cdf(x1)) + _fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    # arithmetic: with a constant, shift or scale; with another NormalDist, the
    # distribution of the sum or difference of independent variables
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, _math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, _math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * _fabs(k))

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / _fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
