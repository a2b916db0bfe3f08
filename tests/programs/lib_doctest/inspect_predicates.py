# inspect's predicates on every kind of object, getmro, getmembers (sorted, with a
# predicate), isabstract, the CO_* flags and generator states.
import inspect
import abc
import functools
import sys
import types


def plain(a, b=1):
    return a


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Base(abc.ABC):
    @abc.abstractmethod
    def need(self):
        pass


class Impl(Base):
    attr = 5

    def need(self):
        return 1

    @property
    def prop(self):
        return 2

    @staticmethod
    def st():
        pass

    @classmethod
    def cm(cls):
        pass


try:
    raise ValueError('x')
except ValueError as e:
    tb = e.__traceback__

c = coro()
objects = {
    'module': inspect, 'class': Impl, 'function': plain, 'lambda': lambda: 0,
    'method': Impl().need, 'builtin': len, 'builtin method': [].append,
    'method descriptor': str.join, 'slot wrapper': object.__init__,
    'generator function': gen, 'generator': gen(),
    'coroutine function': coro, 'coroutine': c, 'async gen function': agen,
    'async gen': agen(), 'property': Impl.__dict__['prop'], 'frame': sys._getframe(),
    'code': plain.__code__, 'traceback': tb, 'partial': functools.partial(gen),
    'int': 3, 'staticmethod': Impl.__dict__['st'], 'classmethod': Impl.__dict__['cm'],
    'getset': types.FunctionType.__dict__['__code__'],
}
predicates = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
              'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction',
              'isasyncgen', 'isawaitable', 'isbuiltin', 'isroutine', 'ismethoddescriptor',
              'isdatadescriptor', 'isframe', 'iscode', 'istraceback', 'isgetsetdescriptor',
              'ismethodwrapper']
for name, obj in objects.items():
    hits = [p for p in predicates if getattr(inspect, p)(obj)]
    print(f'{name:20}', ' '.join(hits))
c.close()

print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isabstract(plain))
print([k.__name__ for k in inspect.getmro(Impl)])
print([name for name, _ in inspect.getmembers(Impl) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Impl, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Impl(), inspect.ismethod)])
print([name for name, v in inspect.getmembers(Impl, lambda v: isinstance(v, int))
       if not name.startswith('_')])
ns = types.SimpleNamespace(b=2, a=1)
print([(name, v) for name, v in inspect.getmembers(ns, lambda v: isinstance(v, int))
       if not name.startswith('_')])
print([hex(getattr(inspect, n)) for n in ('CO_OPTIMIZED', 'CO_NEWLOCALS', 'CO_VARARGS',
       'CO_VARKEYWORDS', 'CO_NESTED', 'CO_GENERATOR', 'CO_NOFREE', 'CO_COROUTINE',
       'CO_ITERABLE_COROUTINE', 'CO_ASYNC_GENERATOR')])


def flagged(*a, **k):
    yield


print(bool(flagged.__code__.co_flags & inspect.CO_VARARGS),
      bool(flagged.__code__.co_flags & inspect.CO_VARKEYWORDS),
      bool(flagged.__code__.co_flags & inspect.CO_GENERATOR),
      bool(plain.__code__.co_flags & inspect.CO_GENERATOR))
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
next(g, None)
print(inspect.getgeneratorstate(g))


def watching():
    print(inspect.getgeneratorstate(w))
    yield


w = watching()
next(w)
print(inspect.getgeneratorlocals(gen()))
print(inspect.unwrap(functools.wraps(plain)(lambda: 0)) is plain)


class Wrapped:
    pass


loop = Wrapped()
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError:', str(e).split(' at ')[0])
print(type(inspect.getattr_static(Impl(), 'prop')).__name__,
      type(inspect.getattr_static(Impl, 'st')).__name__,
      inspect.getattr_static(Impl(), 'attr'), inspect.getattr_static(Impl(), 'nope', 'dflt'))
try:
    inspect.getattr_static(Impl(), 'nope')
except AttributeError as e:
    print('AttributeError:', e)
print(inspect.get_annotations(plain), inspect.get_annotations(Impl))


def annotated(x: int, y: 'str' = '') -> 'list[int]':
    pass


print(inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True))

# A built-in function bound to a name of this module still belongs to its own module.
import math
held = len
sq = math.sqrt
print(held.__module__, held.__self__.__name__, inspect.getmodule(held).__name__,
      sq.__module__, inspect.getmodule(sq).__name__)
