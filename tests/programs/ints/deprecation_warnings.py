# The DeprecationWarnings of ~ on a bool, of __int__/__index__/__float__ returning a strict
# subclass and of int() delegating to __trunc__: shown once per message and line for code
# of __main__, each with its line; captured by a writer put in place of sys.stderr.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
saved = sys.stderr
sys.stderr = cap


class F(float):
    pass


class I(int):
    pass


class A:
    def __float__(self):
        return F(1.5)

    def __int__(self):
        return I(3)

    def __index__(self):
        return I(4)


class T:
    def __trunc__(self):
        return 7


class T2:
    def __trunc__(self):
        return A()


class T3:
    def __trunc__(self):
        return "x"


def invert(b):
    return ~b


try:
    x = True
    print(~x)
    print(~x)
    for i in range(3):
        print(~(i > 0))
    print(~True, ~False, ~1)
    print(True.__invert__())
    print(invert(False), invert(True), invert(5))
    exec("y = ~x")
    print(y)
    print(float(A()))
    print(int(A()))
    print(int(T()))
    print(int(T()))
    print(int(T2()))
    try:
        int(T3())
    except TypeError as e:
        print(e)
    print(type(float(A())), type(int(A())))
    print(complex(A()))
    print([1, 2, 3, 4, 5][A()])
    for i in range(2):
        print(float(A()) + i)
finally:
    sys.stderr = saved
for part in cap.parts:
    # CPython names the main script by its absolute path: keep the file's name only
    at = part.find("deprecation_warnings.py:")
    print(repr(part[at:] if at >= 0 else part))
print(sorted(k[2] for k in globals()["__warningregistry__"] if k != "version"))
print(globals()["__warningregistry__"]["version"])
