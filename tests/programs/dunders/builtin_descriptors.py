# The data descriptors of the built-in types: what they are in the type's dict, their
# values, __get__/__set__/__delete__ used directly, and CPython's errors on assignment.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


class A:
    pass


class B(A):
    """doc"""


# type
for name in ['__name__', '__qualname__', '__mro__', '__bases__', '__base__', '__module__',
             '__dict__', '__abstractmethods__', '__annotations__', '__type_params__']:
    d = type.__dict__[name]
    print(name, type(d).__name__, d, d.__name__, d.__qualname__, d.__objclass__)
print(B.__mro__, B.__base__, B.__bases__, B.__name__, B.__qualname__, B.__module__)
print(type.__dict__['__mro__'].__get__(B), type.__dict__['__name__'].__get__(B, type))
print(type.__dict__['__name__'].__get__(None, type) is type.__dict__['__name__'])
show(lambda: type.__dict__['__name__'].__get__(3))
show(lambda: B.__abstractmethods__)
show(lambda: type.__dict__['__abstractmethods__'].__get__(B))
class C:
    pass


C.__abstractmethods__ = frozenset({'x'})
print(C.__abstractmethods__)
type.__dict__['__name__'].__set__(B, 'BB')
print(B.__name__, B.__qualname__)
show(lambda: type.__dict__['__name__'].__set__(B, 3))
show(lambda: setattr(B, '__qualname__', None))
show(lambda: setattr(int, '__name__', 'x'))
print(type.mro(B), B.mro(), type.__dict__['mro'])
print(type.__instancecheck__(A, B()), type.__subclasscheck__(A, B), type.__subclasscheck__(B, A))
show(lambda: type.__subclasscheck__(A, 1))
print(type.__prepare__('X', (A,), flag=1), B.__prepare__())
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 3), int.__or__(1, 2))


# function
def f(a, b=2, *, c=3):
    "fdoc"
    if isinstance(a, B):
        return a, b
    return a + b + c


def outer():
    x = 1

    def inner():
        return x
    return inner


for name in ['__name__', '__qualname__', '__defaults__', '__kwdefaults__', '__code__',
             '__globals__', '__closure__', '__builtins__', '__module__', '__dict__',
             '__annotations__', '__type_params__']:
    d = type(f).__dict__[name]
    print(name, type(d).__name__, d)
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(type(f).__dict__['__defaults__'].__get__(f), f.__builtins__['len'] is len)
print(outer().__closure__[0].cell_contents, f.__closure__, f.__dict__, f.__type_params__)
print(f.__globals__ is globals(), f.__annotations__, type(f.__code__).__name__)
f.__defaults__ = (10,)
print(f(1, 2), f.__defaults__)
for name, value in [('__name__', 3), ('__qualname__', None), ('__defaults__', [1]),
                    ('__kwdefaults__', 1), ('__annotations__', 1), ('__dict__', 1),
                    ('__closure__', ()), ('__globals__', {}), ('__builtins__', {}),
                    ('__type_params__', [])]:
    try:
        setattr(f, name, value)
        print(name, 'set')
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__ + ':', e)
f.__dict__ = {'tag': 1}
print(f.tag, f.__dict__)
type(f).__dict__['__name__'].__set__(f, 'g')
print(f.__name__)
print(f.__get__(None, int) is f, f.__get__(3)(1), f.__call__(1, c=0))
show(lambda: f.__get__(None, None))
show(lambda: f.__get__())
show(lambda: type(f).__dict__['__call__'](len, 1))

# builtin functions and methods
for name in ['__name__', '__qualname__', '__self__', '__module__']:
    print(name, type(type(len).__dict__[name]).__name__)
print(len.__name__, len.__qualname__, len.__module__, len.__call__([1, 2]))
print([].append.__name__, [].append.__qualname__, [].append.__self__)
b = B()
m = f.__get__(b)
print(type(m).__dict__['__self__'], type(m).__dict__['__func__'])
print(m.__self__ is b, m.__func__ is f, m.__get__(1) is m, m.__call__(1)[0] is b)
print(str.join.__name__, str.join.__qualname__, str.join.__objclass__, int.__add__.__objclass__)
print(str.join.__get__('-')(['a', 'b']), str.join.__get__(None, str) is str.join)
print(int.__add__.__get__(3)(4), int.__add__.__call__(1, 2), str.upper.__call__('a'))
show(lambda: str.join.__get__(3))

# exceptions
for name in ['args', '__traceback__', '__context__', '__cause__', '__suppress_context__',
             '__dict__']:
    d = BaseException.__dict__[name]
    print(name, type(d).__name__, d)
e = ValueError(1, 2)
print(e.args, e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__, e.__dict__)
print(BaseException.__dict__['args'].__get__(e))
BaseException.__dict__['args'].__set__(e, [3])
print(e.args)
show(lambda: BaseException.__dict__['args'].__get__(1))
show(lambda: setattr(e, 'args', 5))
show(lambda: setattr(e, '__cause__', 5))
show(lambda: setattr(e, '__context__', 5))
show(lambda: setattr(e, '__traceback__', 5))
e.__setstate__({'note': 'x', 'args': (4,)})
print(e.note, e.args, e.__dict__)
e.__setstate__(None)
show(lambda: e.__setstate__(3))
show(lambda: e.__setstate__({1: 2}))

# member and getset descriptors
d = type.__dict__['__name__']
show(lambda: d.__delete__(B))
show(lambda: d.__set__(3, 'x'))
show(lambda: type(lambda: 0).__dict__['__closure__'].__set__(f, ()))


def delete(o, name):
    try:
        delattr(o, name)
        print('deleted', name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)


class E:
    pass


for name in ['__name__', '__qualname__', '__module__', '__bases__', '__mro__', '__base__']:
    delete(E, name)
print(E.__name__, E.__module__)


# the __dict__ of staticmethod and classmethod objects
def f(a):
    'doc'
    return a
s = staticmethod(f)
print(s.__dict__, s.__name__, s.__doc__, s.__qualname__, s.__module__)
s.x = 1
print(s.__dict__, s.x)
c = classmethod(f)
print(c.__dict__, c.__name__)
c.y = 2
print(c.y, sorted(c.__dict__))
class K:
    @staticmethod
    def m():
        "mdoc"
    @classmethod
    def n(cls):
        pass
print(K.__dict__['m'].__doc__, K.__dict__['n'].__name__, K.m.__name__, K.n.__qualname__)
print(sorted(staticmethod(len).__dict__))
try:
    s.__func__ = 3
except AttributeError as e:
    print(e)
print(type(staticmethod.__dict__['__dict__']).__name__, 'x' in dir(s), '__name__' in dir(s))
print(vars(s) is s.__dict__)
