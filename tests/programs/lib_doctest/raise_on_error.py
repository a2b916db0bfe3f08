"""testmod(raise_on_error=True): the first failing example raises DocTestFailure, left
uncaught here (the program ends with its traceback)."""
import sys


def half(x):
    """
    >>> half(4)
    2.0
    >>> half(3)
    1
    """
    return x / 2


sys.modules['__main__'].__file__ = 'raise_on_error.py'
if __name__ == "__main__":
    import doctest
    doctest.testmod(raise_on_error=True)
