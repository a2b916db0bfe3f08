# The special methods CPython 3.13's built-in types have beyond the operators: called
# directly, with their argument checks and errors.

p = property(lambda s: 1)
print(type(p.__set_name__).__name__, p.__name__)
p.__set_name__(int, 'zz'); print(p.__name__)
try: p.__set_name__(1)
except TypeError as e: print(e)
p.__name__ = 5; print(p.__name__)
print(type(None).__bool__(None), range(0).__bool__(), type(range(3).__reversed__()).__name__)
print([1].__imul__(2))
for x in ('a', 2.0):
    try: [1].__imul__(x)
    except TypeError as e: print(e)
print({1}.__ior__([2]), {1}.__ior__({2}))
print(float.__getformat__('double'))
for x in ('x', 1):
    try: float.__getformat__(x)
    except Exception as e: print(type(e).__name__, e)
print(b'x'.__rmod__(b'%s'), b'x'.__rmod__(1), bytearray(b'x').__rmod__(b'%s'), bytearray(b'x').__rmod__(bytearray(b'%s')))
print((5).__getnewargs__(), True.__getnewargs__(), 2.5.__getnewargs__(), (1+2j).__getnewargs__(), (1,2).__getnewargs__(), b'a'.__getnewargs__())
try: (5).__getnewargs__(1)
except TypeError as e: print(e)
print(type.__prepare__('X', (), a=1), type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3))
def f(a, b=2): pass
print(f.__get__(None, int) is f, f.__get__(3)); 
try: f.__get__(None, None)
except TypeError as e: print(e)
try: f.__get__()
except TypeError as e: print(e)
print(f.__call__(1))
print(staticmethod(f).__get__(1) is f, classmethod(f).__get__(1), classmethod(f).__get__(None, int), staticmethod(f).__wrapped__ is f)
try: classmethod(f).__get__(None, None)
except TypeError as e: print(e)
try: staticmethod(f).__get__(None, None)
except TypeError as e: print(e)
def g(): pass
g.__isabstractmethod__ = 1
print(staticmethod(f).__isabstractmethod__, staticmethod(g).__isabstractmethod__, classmethod(g).__isabstractmethod__, property(f, g).__isabstractmethod__, property(f).__isabstractmethod__)
e = ValueError(1)
e.__setstate__({'x': 3}); print(e.x); e.__setstate__(None)
try: e.__setstate__(3)
except TypeError as x: print(x)
print(len.__call__([1]), len.__module__, [].append.__self__, [].append.__name__, [].append.__qualname__)
print(iter([1,2,3]).__length_hint__(), reversed([1,2]).__length_hint__())

tests = [lambda: list.__imul__(5, 2), lambda: list.__imul__(), lambda: int.__getnewargs__('x'),
         lambda: int.__getnewargs__(), lambda: set.__ior__(frozenset(), {1}), lambda: type(None).__bool__(0),
         lambda: range.__bool__([]), lambda: range.__reversed__(1), lambda: BaseException.__setstate__(1, {}),
         lambda: type.__instancecheck__(1, 1), lambda: type.__subclasscheck__(int, 1),
         lambda: property.__delete__(1, 2), lambda: staticmethod.__get__(1, 2),
         lambda: memoryview.toreadonly(b''), lambda: bytes.__rmod__(1, 2), lambda: float.__getformat__(),
         lambda: (lambda: 0).__get__(1, 2, 3), lambda: (1).__getnewargs__(x=1),
         lambda: [].__imul__(), lambda: {1}.__iand__(), lambda: int.__dict__['__getnewargs__'](True)]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
print(type(list.__imul__).__name__, type(set.__ior__).__name__, type(int.__getnewargs__).__name__, type(type.__dict__['__mro__']).__name__, type(type.__dict__['__name__']).__name__)
print(type.__dict__['__mro__'], type.__dict__['__name__'], type(len).__dict__['__self__'], BaseException.__dict__['args'])
print(type(lambda: 0).__dict__['__name__'], type(lambda: 0).__dict__['__closure__'], staticmethod.__dict__['__func__'])
print(list(range(5).__reversed__()), list(range(1, 10, 3).__reversed__()), list(range(3, 0).__reversed__()))
print(list(range(-5, 5, 2).__reversed__()), list(range(10**20, 10**20 + 3).__reversed__()), range(10**20).__bool__())
l = [1, 2]
print(l.__imul__(0), l, [3].__imul__(-1), [1, 2].__imul__(True))
s = {1, 2, 3}
print(s.__iand__({2, 3, 4}), s.__isub__(frozenset({3})), s.__ixor__({5}), s, s.__ior__([1]))
fs = frozenset({1})
try:
    fs |= {2}
except TypeError as e:
    print(e)
print(fs)
class P:
    @property
    def x(self):
        return 1
    @x.deleter
    def x(self):
        print('deleting')
p = P()
P.__dict__['x'].__delete__(p)
print(P.__dict__['x'].__name__)
try:
    property().__delete__(p)
except AttributeError as e:
    print(e)
try:
    property(lambda s: 1).__name__
except AttributeError as e:
    print(e)
try:
    property().__name__
except AttributeError as e:
    print(e)
q = property(lambda s: 1)
q.__name__ = 'renamed'
print(q.__name__)
class Q:
    z = q
try:
    Q().z = 2
except AttributeError as e:
    print(e)
print(None.__bool__(), bool(None), (1).__getnewargs__(), (-2**70).__getnewargs__())
