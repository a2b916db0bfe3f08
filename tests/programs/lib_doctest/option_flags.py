# Option flags given to testmod and as "# doctest:" directives: ELLIPSIS,
# NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL, DONT_ACCEPT_TRUE_FOR_1,
# DONT_ACCEPT_BLANKLINE, SKIP, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST; the skipped counts.
import doctest
from _dthelp import capture


def f():
    """
    >>> print(list(range(30)))   # doctest: +ELLIPSIS
    [0, 1, 2, ..., 29]
    >>> print(list(range(30)))
    [0, 1, 2, ..., 29]
    >>> print('a  b\\n c')   # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print('a   b')   # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
    a ...
    >>> raise KeyError('k')   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.KeyError: 'other'
    >>> raise KeyError('k')
    Traceback (most recent call last):
    KeyError: 'other'
    >>> 3 > 2
    1
    >>> 3 > 2   # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> 3 < 2
    0
    >>> print('x\\n\\ny')
    x
    <BLANKLINE>
    y
    >>> print('x\\n\\ny')   # doctest: +DONT_ACCEPT_BLANKLINE
    x
    <BLANKLINE>
    y
    >>> this_is_skipped   # doctest: +SKIP
    >>> 'both'   # doctest: +SKIP
    'neither'
    >>> 1 / 0   # doctest: -SKIP
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """


def g():
    """
    >>> 1
    2
    >>> 2
    3
    >>> 3
    3
    >>> 4
    5
    """


def h():
    """
    >>> print('...')   # doctest: +ELLIPSIS
    ...
    >>> 'aaa'   # doctest: +ELLIPSIS
    'a...a...a'
    >>> 'xabc'   # doctest: +ELLIPSIS
    'x...c'
    >>> 'xabc'   # doctest: +ELLIPSIS
    'x...d'
    """


print(capture(doctest.testmod))
print(capture(doctest.testmod, optionflags=doctest.ELLIPSIS))
print(capture(doctest.testmod, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
print(capture(doctest.testmod, optionflags=doctest.FAIL_FAST))
print(capture(doctest.testmod, optionflags=doctest.SKIP))
print(capture(doctest.testmod, optionflags=doctest.SKIP, verbose=True))
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
flag = doctest.register_optionflag('MY_FLAG')
print(flag, doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('ELLIPSIS'))

checker = doctest.OutputChecker()
cases = [
    ('1\n', 'True\n', 0), ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
    ('a...\n', 'abc\n', doctest.ELLIPSIS), ('a...\n', 'abc\n', 0),
    ('aa...aa\n', 'aaa\n', doctest.ELLIPSIS), ('...\n', '\n', doctest.ELLIPSIS),
    ('x...y...z\n', 'xAyBz\n', doctest.ELLIPSIS), ('x...y...z\n', 'xAzBy\n', doctest.ELLIPSIS),
    ('a b\n', 'a\n\tb\n', doctest.NORMALIZE_WHITESPACE),
    ('<BLANKLINE>\n', '\n', 0), ('<BLANKLINE>\n', '   \n', 0),
    ('<BLANKLINE>\n', '\n', doctest.DONT_ACCEPT_BLANKLINE),
    ('\\u00e9\n', '\u00e9\n', 0), ('caf\u00e9\n', 'caf\\xe9\n', 0),
]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
