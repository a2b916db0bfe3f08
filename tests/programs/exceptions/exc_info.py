# sys.exc_info and sys.exception inside handlers
import sys
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
    try:
        raise ValueError("inner")
    except ValueError:
        print("nested:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print("after:", sys.exc_info(), sys.exception())
def in_finally():
    try:
        raise IndexError("i")
    finally:
        print("in finally:", repr(sys.exception()))
try:
    in_finally()
except IndexError:
    pass
