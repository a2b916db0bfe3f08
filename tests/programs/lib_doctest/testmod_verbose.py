# testmod(verbose=True): the "Trying:/Expecting:/ok" lines for every example, then the
# summary listing items without tests, items that passed and items that failed.
import doctest
import sys
import _dtmod
from _dthelp import capture


def greet(name):
    """Greets.

    >>> greet('bob')
    'hello bob'
    >>> greet('x')
    'hello y'
    >>> print(greet('a'))
    hello a
    >>> _ = greet('quiet')
    >>> print()
    <BLANKLINE>
    """
    return 'hello ' + name


def nothing():
    """A docstring without examples."""


results = capture(doctest.testmod, verbose=True)
print(results)
results = capture(doctest.testmod, _dtmod, verbose=True)
print(results)
results = capture(doctest.testmod, _dtmod, verbose=True, exclude_empty=True)
print(results)
# verbose defaults to whether -v is among the program's arguments
sys.argv.append('-v')
results = capture(doctest.testmod, _dtmod)
print(results)
sys.argv.remove('-v')
results = capture(doctest.testmod, _dtmod, verbose=False)
print(results)
