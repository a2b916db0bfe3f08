"""The operators as functions: operator.add(a, b) is a + b, and so on."""

# pyjit's operator: the operators, comparisons, item access and the three getters are Java
# (_operator, org.pyjit.modules.OperatorModule: CPython's argument messages, no Python frame
# per call); the rarer functions below are Python.

__all__ = [
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem",
    "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv",
    "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow",
    "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv", "ixor", "le",
    "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg",
    "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor",
]

from _operator import (
    lt, le, eq, ne, ge, gt, not_, truth, is_, is_not, abs, add, and_, floordiv, inv, invert,
    lshift, mod, mul, matmul, neg, or_, pos, pow, rshift, sub, truediv, xor, contains,
    delitem, getitem, setitem, iadd, iand, ifloordiv, ilshift, imod, imul, imatmul, ior,
    ipow, irshift, isub, itruediv, ixor, itemgetter, attrgetter, methodcaller, call,
)


def index(a, /):
    if type(a) is int:
        return a
    # range() asks __index__ and words its errors as CPython's PyNumber_Index
    return range(a).stop


def _concatenable(a):
    if not hasattr(type(a), "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b, /):
    _concatenable(a)
    return a + b


def countOf(a, b, /):
    n = 0
    for x in a:
        if x is b or x == b:
            n += 1
    return n


def indexOf(a, b, /):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an "
                        "integer")
    if hasattr(type(obj), "__len__"):
        return len(obj)
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    n = hint(obj)
    if n is NotImplemented:
        return default
    if not isinstance(n, int):
        raise TypeError(f"__length_hint__ must be an integer, not {type(n).__name__}")
    if n < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return n


def iconcat(a, b, /):
    _concatenable(a)
    a += b
    return a


for _name in ("lt", "le", "eq", "ne", "ge", "gt", "not", "abs", "add", "and", "floordiv",
              "index", "inv", "invert", "lshift", "mod", "mul", "matmul", "neg", "or",
              "pos", "pow", "rshift", "sub", "truediv", "xor", "concat", "contains",
              "delitem", "getitem", "setitem", "iadd", "iand", "iconcat", "ifloordiv",
              "ilshift", "imod", "imul", "imatmul", "ior", "ipow", "irshift", "isub",
              "itruediv", "ixor", "call"):
    globals()[f"__{_name}__"] = globals()[_name + "_" if _name in ("not", "and", "or")
                                          else _name]
del _name
