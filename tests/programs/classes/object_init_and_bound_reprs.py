# object.__init__'s extra-argument rule, struct sequences' type names in messages, classmethod over any callable (3.13: no chaining).
class A: pass
class B:
    def __init__(self, x): super().__init__(x)
class C:
    def __new__(cls, x): return super().__new__(cls, x)
for f in [lambda: object.__init__(A(), 1), lambda: B(1), lambda: C(1), lambda: object.__new__(A, 1), lambda: A.__init__(A(), 2), lambda: object.__init__(1, 2), lambda: int.__init__(1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
import sys
try:
    sys.int_info.foo
except AttributeError as e:
    print(e)
try:
    sys.version_info.foo
except AttributeError as e:
    print(e)
try:
    sys.float_info.foo = 1
except AttributeError as e:
    print(e)

class K2:
    @classmethod
    @property
    def cp(cls): return 'cp'
m = K2.cp
print(type(m).__name__, m.__self__, type(m.__func__).__name__, m.__name__ if hasattr(m, '__name__') else '-')
try:
    m()
except TypeError as e:
    print("TE", e)
print(K2().cp.__self__)
print(K2.cp)
class Call:
    def __call__(self, *a): return a
class H:
    c = classmethod(Call())
print(H.c, H.c(1))
