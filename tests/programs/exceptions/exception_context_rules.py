# implicit chaining: context, cause, from None, cycles, finally and with
import sys
def show(e):
    print(type(e).__name__, repr(e), "cause:", repr(e.__cause__), "ctx:", repr(e.__context__), e.__suppress_context__)
# implicit context
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2)
except TypeError as e:
    show(e)
# from None
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise TypeError(2) from None
except TypeError as e:
    show(e)
# from class
try:
    raise TypeError(2) from KeyError
except TypeError as e:
    show(e)
# bad cause
try:
    raise TypeError(2) from 5
except TypeError as e:
    show(e)
# raise non-exception
try:
    raise 5
except TypeError as e:
    show(e)
try:
    raise int
except TypeError as e:
    show(e)
# context in finally
try:
    try:
        raise ValueError("a")
    finally:
        x = 1
except ValueError as e:
    show(e)
# exception in finally replaces
try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
except KeyError as e:
    show(e)
# with suppress
class CM:
    def __init__(self, sup): self.sup = sup
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, repr(v), tb is not None if tb is not None else None)
        return self.sup
with CM(True):
    raise ValueError("suppressed")
try:
    with CM(False):
        raise ValueError("not suppressed")
except ValueError as e:
    show(e)
# raise in except with same exception
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    show(e)
# context cycle avoidance
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise TypeError("B")
        except TypeError as b:
            raise a
except ValueError as e:
    show(e)
    show(e.__context__)
# assert
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    show(e)
try:
    assert False
except AssertionError as e:
    show(e)
# exception attributes
e = ValueError(1, 2)
print(e.args, str(e), repr(e))
e = KeyError("k")
print(str(e), repr(e))
e = StopIteration(5)
print(e.value)
e = SystemExit(3)
print(e.code)
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(str(e))
e = ImportError("m", name="x", path="p")
print(e.name, e.path, str(e))
e = NameError("n", name="foo")
print(e.name)
e = AttributeError("a", name="foo", obj=3)
print(e.name, e.obj)
print(BaseException().args, str(BaseException()), repr(BaseException()))
e = Exception("x")
e.__notes__ = ["n"]
print(e.__notes__)
e.add_note("m")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print(err)
print(sys.exception())
