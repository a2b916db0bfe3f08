# doctest.testmod on a module and on __main__, quiet: only the failures are reported
# (CPython 3.13's report texts), then the summary; TestResults and its skipped count.
import doctest
import _dtmod
from _dthelp import capture


def tripled(x):
    """
    >>> tripled(2)
    6
    >>> tripled(0)
    1
    >>> print(tripled('a'))
    aaa
    >>> tripled(None)
    Traceback (most recent call last):
      ...
    TypeError: unsupported operand type(s) for *: 'int' and 'NoneType'
    >>> tripled([])
    Traceback (most recent call last):
      ...
    ValueError: not this one
    >>> tripled(1) + undefined
    """
    return 3 * x


class Counter:
    """
    >>> c = Counter()
    >>> c.bump(); c.bump()
    1
    2
    >>> c.n
    3
    """
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        print(self.n)


results = capture(doctest.testmod, _dtmod)
print(results, results.failed, results.attempted, results.skipped)
print(type(results).__name__, tuple(results), results == (1, 16))
results = capture(doctest.testmod)
print(results)
results = capture(doctest.testmod, report=False)
print('no report:', results)
results = capture(doctest.testmod, _dtmod, exclude_empty=True, name='renamed')
print(results)
print(repr(doctest.TestResults(1, 2)), repr(doctest.TestResults(1, 2, skipped=3)))
a, b = doctest.TestResults(4, 5, skipped=1)
print(a, b)
