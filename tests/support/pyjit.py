"""A stand-in for pyjit's built-in `pyjit` module, for running the corpus under CPython.

pyjit finds its built-in module before sys.path, so this file only matters to CPython:
tests/programs/regen.py puts this directory on PYTHONPATH. `@jit` returns the function
itself: a program's output with the stand-in is what pyjit's compiled code must print.
"""


class JitError(Exception):
    """Raised by pyjit at the first call of a @jit function outside the compiled subset."""


def jit(f):
    return f
