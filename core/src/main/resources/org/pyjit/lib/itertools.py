"""Iterator building blocks: infinite, terminating and combinatoric iterators."""

# pyjit's itertools, written for pyjit. Each iterator is a class (so that type(),
# isinstance, subclasses and the reprs of count and repeat are CPython's); the simple ones
# keep their state in slots and step it in __next__. The busiest ones (product, the
# combinatoric ones, chain, islice, groupby) keep a Java engine in their _gen slot and
# their __next__ is a Java method (_itertools, org.pyjit.modules.ItertoolsModule), as is
# count's, so that an item costs no Python frame. Argument errors are CPython's messages:
# constructors take *args where CPython's C functions count their arguments themselves.

import sys as _sys
import _itertools

__all__ = [
    "accumulate", "batched", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
    "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
    "zip_longest",
]


def _arity(name, args, low, high):
    n = len(args)
    if n < low:
        if low == high:
            raise TypeError(f"{name} expected {low} argument{'s' if low != 1 else ''}, "
                            f"got {n}")
        raise TypeError(f"{name} expected at least {low} argument{'s' if low != 1 else ''}"
                        f", got {n}")
    if n > high:
        if low == high:
            raise TypeError(f"{name} expected {high} argument{'s' if high != 1 else ''}, "
                            f"got {n}")
        raise TypeError(f"{name} expected at most {high} argument"
                        f"{'s' if high != 1 else ''}, got {n}")


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _index(value):
    if isinstance(value, int):
        return int(value)
    return range(value).stop


class _Iterator:
    __slots__ = ()

    def __iter__(self):
        return self


class _GeneratorBacked(_Iterator):
    __slots__ = ("_gen",)


_GeneratorBacked.__next__ = _itertools.next_method(_GeneratorBacked)


def _is_number(value):
    return isinstance(value, (int, float, complex)) or hasattr(type(value), "__add__") \
        and not isinstance(value, (str, bytes, bytearray, list, tuple))


class count(_Iterator):
    __slots__ = ("_n", "_step")

    def __new__(cls, start=0, step=1):
        for value in (start, step):
            if not (isinstance(value, (int, float, complex))
                    or hasattr(type(value), "__index__")
                    or hasattr(type(value), "__float__")
                    or hasattr(type(value), "__complex__")):
                raise TypeError("a number is required")
        self = object.__new__(cls)
        self._n = start
        self._step = step
        return self

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"{type(self).__name__}({self._n!r})"
        return f"{type(self).__name__}({self._n!r}, {step!r})"


count.__next__ = _itertools.count_next(count)


class cycle(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _no_keywords("cycle", kwargs)
        _arity("cycle", args, 1, 1)
        self = object.__new__(cls)
        self._gen = _itertools.cycle(iter(args[0]))
        return self


class repeat(_Iterator):
    __slots__ = ("_obj", "_times")

    def __new__(cls, object, times=None):
        self = _object_new(cls)
        self._obj = object
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._obj
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"{type(self).__name__}({self._obj!r})"
        return f"{type(self).__name__}({self._obj!r}, {self._times})"


_object_new = object.__new__


class accumulate(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, iterable, func=None, *, initial=None):
        self = object.__new__(cls)
        self._gen = _itertools.accumulate(iter(iterable), func, initial)
        return self


class batched(_Iterator):
    __slots__ = ("_it", "_n", "_strict")

    def __new__(cls, iterable, n, *, strict=False):
        n = _index(n)
        if n < 1:
            raise ValueError("n must be at least one")
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._n = n
        self._strict = strict
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        batch = []
        n = self._n
        for x in it:
            batch.append(x)
            if len(batch) == n:
                return tuple(batch)
        self._it = None
        if not batch:
            raise StopIteration
        if self._strict:
            raise ValueError("batched(): incomplete batch")
        return tuple(batch)


class chain(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        _no_keywords("chain", kwargs)
        self = object.__new__(cls)
        self._gen = _itertools.chain(iter(iterables))
        return self

    @classmethod
    def from_iterable(cls, iterable, /):
        self = object.__new__(cls)
        self._gen = _itertools.chain(iter(iterable))
        return self

    __class_getitem__ = classmethod(list.__dict__["__class_getitem__"].__func__)


class compress(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, data, selectors):
        self = object.__new__(cls)
        self._gen = _itertools.compress(iter(data), iter(selectors))
        return self


class _FunctionOverIterable(_GeneratorBacked):
    """The iterators made of a function and an iterable (dropwhile, takewhile, filterfalse,
    starmap): positional arguments only; the engine and the messages take the name of the
    itertools class, also for a program's subclass."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        name = next(c.__name__ for c in cls.__mro__
                    if c.__module__ == __name__ and c.__name__[0] != "_")
        _no_keywords(name, kwargs)
        _arity(name, args, 2, 2)
        self = object.__new__(cls)
        self._gen = getattr(_itertools, name)(args[0], iter(args[1]))
        return self


class dropwhile(_FunctionOverIterable):
    __slots__ = ()


class takewhile(_FunctionOverIterable):
    __slots__ = ()


class filterfalse(_FunctionOverIterable):
    __slots__ = ()


class starmap(_FunctionOverIterable):
    __slots__ = ()


class pairwise(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, iterable, /):
        self = object.__new__(cls)
        self._gen = _itertools.pairwise(iter(iterable))
        return self


_ISLICE_ARG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def _islice_arg(value, message):
    if value is None:
        return None
    try:
        n = _index(value)
    except TypeError:
        raise ValueError(message) from None
    if n < 0 or n > _sys.maxsize:
        raise ValueError(message)
    return n


class islice(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        _no_keywords("islice", kwargs)
        _arity("islice", args, 2, 4)
        if len(args) == 2:
            start, stop, step = None, _islice_arg(args[1], _ISLICE_STOP), None
        else:
            start = _islice_arg(args[1], _ISLICE_ARG)
            stop = _islice_arg(args[2], _ISLICE_STOP)
            step = None
            if len(args) == 4 and args[3] is not None:
                try:
                    step = _index(args[3])
                except TypeError:
                    step = 0
                if step <= 0:
                    raise ValueError("Step for islice() must be a positive integer or None.")
        self = object.__new__(cls)
        self._gen = _itertools.islice(iter(args[0]), start or 0, stop, step or 1)
        return self


class zip_longest(_Iterator):
    __slots__ = ("_its", "_active", "_fill")

    def __new__(cls, *iterables, fillvalue=None):
        self = object.__new__(cls)
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue
        return self

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                its[i] = None
                values.append(self._fill)
        return tuple(values)


class groupby(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, iterable, key=None):
        self = object.__new__(cls)
        self._gen = _itertools.groupby(iter(iterable), key)
        return self


_grouper = _itertools._grouper


class _TeeLink:
    __slots__ = ("value", "next")


class _tee(_Iterator):
    __slots__ = ("_it", "_link", "__weakref__")

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __next__(self):
        link = self._link
        nxt = link.next
        if nxt is None:
            value = next(self._it)
            nxt = _TeeLink()
            nxt.next = None
            link.value = value
            link.next = nxt
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2, /):
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        link = _TeeLink()
        link.next = None
        first = _tee(it, link)
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


class product(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self = object.__new__(cls)
        self._gen = _itertools.product([tuple(p) for p in iterables] * repeat)
        return self


class permutations(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            r = _index(r)
            if r < 0:
                raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._gen = _itertools.permutations(pool, min(r, len(pool) + 1))
        return self


class combinations(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, iterable, r):
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        pool = tuple(iterable)
        self._gen = _itertools.combinations(pool, min(r, len(pool) + 1))
        return self


class combinations_with_replacement(_GeneratorBacked):
    __slots__ = ()

    def __new__(cls, iterable, r):
        r = _index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        pool = tuple(iterable)
        if pool and r > _sys.maxsize // 16:
            raise MemoryError
        self._gen = _itertools.combinations_with_replacement(pool, r if pool else min(r, 1))
        return self

