"""A script whose examples fail, ending with doctest.testmod() as scripts do: the report
goes to stdout (this program's file name is made relative first, so the output does not
depend on where the corpus is)."""
import sys


def average(values):
    """
    >>> average([1, 2, 3])
    2.0
    >>> average([1, 2])
    1
    >>> average([4])
    4
    >>> print(average([1, 1]), average([2, 4]))
    1.0
    3.0
    """
    return sum(values) / len(values)


sys.modules['__main__'].__file__ = 'script_failing.py'
if __name__ == "__main__":
    import doctest
    doctest.testmod()
