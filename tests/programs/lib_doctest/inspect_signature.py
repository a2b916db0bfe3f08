# inspect.signature: the text of signatures (defaults, annotations, '/', '*'), Parameter
# kinds and attributes, bind/bind_partial and their TypeErrors, BoundArguments, replace,
# methods, classes, partial objects, __wrapped__, __signature__, builtins.
import inspect
import functools
from inspect import Parameter, Signature


def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> list[int]:
    pass


def g(x, y=None, *, z):
    pass


def h(*, only):
    pass


def k(p, /):
    pass


for fn in (f, g, h, k, lambda: 0, lambda *a, **k: 0):
    print(inspect.signature(fn))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, repr(p), str(p.kind), p.kind.description, int(p.kind), p.default, p.annotation)
print(sig.return_annotation, sig.parameters['a'].default is Parameter.empty,
      Parameter.empty is Signature.empty, repr(Parameter.POSITIONAL_ONLY))
print(list(sig.parameters), 'a' in sig.parameters, len(sig.parameters))

cases = [((1, 2, 3, 4, 5), {'d': 6, 'z': 7}), ((1,), {'d': 1}), ((), {'d': 1}), ((1,), {}),
         ((1, 2), {'c': 3, 'd': 4}), ((1,), {'a': 9, 'd': 1}), ((1,), {'a': 9, 'd': 1, 'q': 0})]
for args, kwargs in cases:
    try:
        ba = sig.bind(*args, **kwargs)
        print('bound', ba, ba.args, ba.kwargs)
    except TypeError as err:
        print('TypeError:', err)
gsig = inspect.signature(g)
for args, kwargs in [((1, 2, 3), {}), ((1,), {'w': 0, 'z': 1}), ((1,), {'x': 2, 'z': 1}),
                     ((), {'z': 1}), ((1,), {}), ((), {})]:
    try:
        print('bound', gsig.bind(*args, **kwargs))
    except TypeError as err:
        print('TypeError:', err)
    try:
        print('partial', gsig.bind_partial(*args, **kwargs))
    except TypeError as err:
        print('TypeError:', err)
try:
    inspect.signature(k).bind(p=1)
except TypeError as err:
    print('TypeError:', err)
ba = gsig.bind(1, z=3)
print(ba.arguments, ba.signature is gsig)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
ba = sig.bind_partial(1)
ba.apply_defaults()
print(ba)
print(ba == sig.bind_partial(1), sig.bind(1, d=0) == sig.bind(1, d=0))

new = gsig.replace(return_annotation=int)
print(new, gsig)
params = list(gsig.parameters.values())
print(gsig.replace(parameters=params[:1]))
print(params[0].replace(name='xx', default=5, annotation=float))
print(params[0].replace(kind=Parameter.KEYWORD_ONLY))
print(Signature([Parameter('a', Parameter.POSITIONAL_ONLY),
                 Parameter('b', Parameter.VAR_POSITIONAL),
                 Parameter('c', Parameter.KEYWORD_ONLY, default=None),
                 Parameter('d', Parameter.VAR_KEYWORD)], return_annotation='R'))
print(Signature(), Signature().format(), sig.format(max_width=20))
for bad in [lambda: Parameter('a', 7), lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1),
            lambda: Parameter(1, Parameter.KEYWORD_ONLY), lambda: Parameter('1a', Parameter.KEYWORD_ONLY),
            lambda: Parameter('def', Parameter.KEYWORD_ONLY),
            lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter('b', Parameter.POSITIONAL_OR_KEYWORD)]),
            lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('a', Parameter.KEYWORD_ONLY)]),
            lambda: inspect.signature(3)]:
    try:
        bad()
    except (ValueError, TypeError) as err:
        print(type(err).__name__ + ':', err)
print(sig == inspect.signature(f), sig == gsig, hash(sig) == hash(inspect.signature(f)))
print(Parameter('a', Parameter.KEYWORD_ONLY) == Parameter('a', Parameter.KEYWORD_ONLY))


class C:
    def __init__(self, x, y=1):
        pass

    def method(self, a, *, b=2):
        pass

    @classmethod
    def cmeth(cls, z):
        pass

    @staticmethod
    def smeth(q, r=0):
        pass

    def __call__(self, n):
        pass


class D(C):
    def __new__(cls, *args, **kw):
        return super().__new__(cls)


class E:
    pass


class Meta(type):
    def __call__(cls, meta_arg):
        pass


class F(metaclass=Meta):
    pass


for obj in (C, C(1).method, C.method, C.cmeth, C.smeth, C(1), D, E, F, Signature.from_callable):
    print(inspect.signature(obj))
print(Signature.from_callable(g))
print(inspect.signature(functools.partial(f, 1, 2, d=4)))
print(inspect.signature(functools.partial(g, 1)))
print(inspect.signature(functools.partial(g, y=5)))
print(inspect.signature(functools.partial(k, 1)))


@functools.wraps(g)
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)


print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))


def custom():
    pass


custom.__signature__ = Signature([Parameter('fake', Parameter.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(custom))
for b in (len, print, sorted, abs, divmod, [].append, dict.get, str.join, 'x'.join,
          dict.fromkeys, int.from_bytes, object.__init__, list, tuple, object, bool, enumerate,
          zip, map, property, max, min, iter, next, getattr, int, str, dict, range, type):
    try:
        print(inspect.signature(b))
    except ValueError as err:
        print('ValueError:', err)
import math, time, sys, os, random
rng = random.Random(5)
for b in (math.sqrt, math.log, math.isclose, time.time, time.sleep, sys.exit, sys.getsizeof,
          os.getcwd, os.listdir, rng.random, rng.randint, rng.choice, random.Random.shuffle,
          random.seed, random.getrandbits):
    try:
        print(b.__name__, inspect.signature(b))
    except ValueError as err:
        print('ValueError:', err)


class TextSig:
    __signature__ = '(alpha, beta=2, /, *, gamma)'


class Computed(type):
    def __signature__(cls):
        return '(computed, *rest)'


class UsesComputed(metaclass=Computed):
    pass


class MyList(list):
    pass


class MyInt(int):
    pass


def shown():
    pass


shown.__text_signature__ = '(shown_a, shown_b=None)'
for obj in (TextSig, UsesComputed, MyList, MyInt, shown):
    try:
        print(obj.__name__, inspect.signature(obj))
    except ValueError as err:
        print('ValueError:', err)
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(C.method))
print(inspect.getfullargspec(lambda: 0))
print(inspect.getcallargs(g, 1, z=2))
print(inspect.getcallargs(f, 1, 2, 3, 4, d=5, w=6))
print(sorted(inspect.getcallargs(C(1).method, 5).items(), key=str)[:2])
for args, kwargs in [((), {}), ((1, 2, 3), {'z': 0}), ((1,), {'q': 1, 'z': 0}),
                     ((1,), {'x': 1, 'z': 0}), ((1,), {})]:
    try:
        inspect.getcallargs(g, *args, **kwargs)
    except TypeError as err:
        print('TypeError:', err)
print(inspect.formatannotation(int), inspect.formatannotation(list[int]),
      inspect.formatannotation('x'), inspect.formatannotation(inspect.Signature))
