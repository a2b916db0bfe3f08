# handler names unbound after the clause, finally/return order, with and __exit__, bare raise, exception attributes
import sys
def f1():
    try:
        try:
            raise ValueError("v")
        except ValueError as e:
            raise TypeError("t")
    except TypeError:
        pass
    try:
        e
    except NameError as err:
        print("f1", type(err).__name__, err)
f1()
def f2():
    for i in range(3):
        try:
            if i == 1:
                continue
            raise KeyError(i)
        except KeyError as e:
            print("caught", e)
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(f2())
def f3():
    try:
        return "try"
    finally:
        return "finally"
print(f3())
def f4():
    try:
        raise ValueError
    except ValueError:
        return sys.exception()
print(repr(f4()), sys.exception())
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")
g = gen(); next(g); g.close()
def gen2():
    try:
        yield 1
    except ValueError as e:
        print("got", repr(e), repr(sys.exception()))
        yield 2
g = gen2(); next(g); print(g.throw(ValueError("thrown")))
def gen3():
    yield 1
    raise StopIteration
try:
    list(gen3())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("outer")
except ValueError:
    def inner():
        return sys.exception()
    print("inner sees", repr(inner()))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit args", [type(x).__name__ for x in a])
        raise KeyError("from exit")
try:
    with CM():
        raise ValueError("body")
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    with CM():
        pass
except KeyError as e:
    print(repr(e), repr(e.__context__))
def nested_finally():
    try:
        try:
            raise ValueError(1)
        finally:
            print("inner finally", repr(sys.exception()))
    except ValueError:
        print("outer except", repr(sys.exception()))
    finally:
        print("outer finally", sys.exception())
nested_finally()
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise
except ValueError as e:
    print("bare reraise keeps", repr(e), e.__context__)
try:
    raise
except RuntimeError as e:
    print(e)
e = ValueError()
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError()
print(e.__suppress_context__)
try:
    e.__cause__ = 1
except TypeError as err:
    print(err)
try:
    e.__context__ = 1
except TypeError as err:
    print(err)
try:
    e.__traceback__ = 1
except TypeError as err:
    print(err)
try:
    e.with_traceback(5)
except TypeError as err:
    print(err)
