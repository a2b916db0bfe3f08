# The REPORT_UDIFF, REPORT_CDIFF and REPORT_NDIFF flags (doctest imports difflib for them).
import doctest, sys
sys.modules['__main__'].__file__ = 'report_diffs.py'
def f():
    """
    >>> print('a\\nb\\nc\\nd\\ne')
    a
    B
    c
    d
    E
    >>> print('one two')
    one too
    """
for flag in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    print(doctest.testmod(optionflags=flag))
