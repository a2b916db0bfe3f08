"""Ctrl-C handling of unittest's -c option (pyjit's unittest).

pyjit has no signal module yet: installHandler only records that it was asked for, and
a Ctrl-C stops the run with KeyboardInterrupt as without -c. The results registered
are kept weakly, as CPython does, so that removeResult and the decorator work.
"""

import weakref
from functools import wraps

__unittest = True

_results = weakref.WeakKeyDictionary()
_installed = False


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    global _installed
    _installed = True


def removeHandler(method=None):
    global _installed
    if method is not None:
        @wraps(method)
        def without_handler(*args, **kwargs):
            global _installed
            was = _installed
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                _installed = was
        return without_handler
    _installed = False
