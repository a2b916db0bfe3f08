# Examples at the edges: __future__ flags reaching the examples, SyntaxErrors (only the
# message compared), multi-line and bare exception messages, classes defined in examples,
# output without a final newline, non-ASCII output, `_`, blank lines, SystemExit.
from __future__ import annotations
import doctest, sys


def f():
    """
    >>> def g(x: undefined) -> int: return 1
    >>> g.__annotations__
    {'x': 'undefined', 'return': 'int'}
    >>> 1 +
    Traceback (most recent call last):
    SyntaxError: invalid syntax
    >>> 1 +
    Traceback (most recent call last):
    SyntaxError: wrong
    >>> if True
    ...     pass
    Traceback (most recent call last):
    SyntaxError: expected ':'
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    line
    >>> raise ValueError()
    Traceback (most recent call last):
    ValueError
    >>> class E(Exception): pass
    >>> raise E('x')
    Traceback (most recent call last):
    E: x
    >>> raise E('x')
    Traceback (most recent call last):
    __main__.E: x
    >>> import sys; sys.stdout.write('no newline')
    no newline10
    >>> print('caf\\xe9')
    café
    >>> 'caf\\xe9'
    'café'
    >>> x = 1
    >>> x
    1
    >>> _
    1
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> print('   ')
    <BLANKLINE>
    >>> print('a\\n   \\nb')
    a
    <BLANKLINE>
    b
    >>> print('a\\n   \\nb')
    a
    b
    >>> warn_me = 1; None
    >>> print(end='')
    >>> raise SystemExit(3)
    Traceback (most recent call last):
    SystemExit: 3
    """


if __name__ == '__main__':
    from _dthelp import capture
    print(capture(doctest.testmod))
    print(capture(doctest.testmod, verbose=True))
