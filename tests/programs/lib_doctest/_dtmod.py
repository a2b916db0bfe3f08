"""A module whose docstrings carry examples, for testmod and DocTestFinder.

>>> double(4)
8
"""

import math
from math import sqrt


def double(x):
    """Twice x.

    >>> double(2)
    4
    >>> double('ab')
    'abab'
    """
    return 2 * x


def broken(x):
    """Not quite right.

    >>> broken(1)
    2
    >>> broken(2)
    3
    >>> broken(3)   # doctest: +SKIP
    99
    """
    return x + 1 if x < 2 else x


def _private():
    """Private names are searched too.

    >>> _private()
    'p'
    """
    return 'p'


def nodoc(x):
    return x


class Shape:
    """A shape.

    >>> Shape('square').name
    'square'
    """

    def __init__(self, name):
        self.name = name

    def describe(self):
        """
        >>> Shape('circle').describe()
        'a circle'
        """
        return 'a ' + self.name

    @classmethod
    def unit(cls):
        """
        >>> Shape.unit().name
        'unit'
        """
        return cls('unit')

    @staticmethod
    def sides(n):
        """
        >>> Shape.sides(3)
        'triangle'
        >>> Shape.sides(4)
        'square'
        """
        return {3: 'triangle', 4: 'square'}.get(n, 'polygon')

    @property
    def upper(self):
        """
        >>> Shape('x').upper
        'X'
        """
        return self.name.upper()

    class Part:
        """A nested class.

        >>> Shape.Part().kind
        'part'
        """
        kind = 'part'


def empty():
    """No examples in this one."""


__test__ = {
    'text': """
    >>> 2 ** 10
    1024
    """,
    'func': nodoc,
}
