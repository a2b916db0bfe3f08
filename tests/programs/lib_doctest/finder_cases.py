# Docstrings the finder meets in scripts: functools.wraps-decorated functions (line numbers
# through __wrapped__), class methods over a decorator, raw docstrings, tab-indented
# docstrings, generator methods, examples continued with "...", functions made by exec
# (no source: no line number), REPORT_ONLY_FIRST_FAILURE in verbose mode.
import doctest, functools, sys

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
def wrapped(x):
    """
    >>> wrapped(1)
    2
    """
    return x


class A:
    r"""Raw docstring with a backslash \n.

    >>> A.f()   # doctest: +ELLIPSIS
    'f...'
    >>> print(r'\n')
    \n
    """
    @classmethod
    @deco
    def f(cls):
        """
        >>> A.f()
        'g'
        """
        return 'f'

    def gen(self):
        """
        >>> list(A().gen())
        [1, 2]
        >>> {'b': 1, 'a': 2}
        {'b': 1, 'a': 2}
        >>> d = {'x': [1,
        ...            2]}
        >>> d
        {'x': [1, 2]}
        """
        yield 1
        yield 2


class B(A):
	"""Tabs.

	>>> 1 +\
	... 1
	3
	"""


exec('''
def from_exec():
    """
    >>> from_exec()
    5
    """
    return 4
''')

ns = {}
L = lambda: None
L.__doc__ = """
>>> 'lambda'
'lam'
"""

if __name__ == '__main__':
    from _dthelp import capture
    print(capture(doctest.testmod))
    print(capture(doctest.testmod, verbose=True, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
