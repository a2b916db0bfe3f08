"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap,
UserDict, UserList and UserString."""

# pyjit's collections, written for pyjit. deque keeps its items in a Java ring buffer
# (_collections: org.pyjit.modules.CollectionsModule); defaultdict, OrderedDict and Counter
# are dict subclasses (pyjit's dicts keep insertion order, so OrderedDict only adds the
# order-aware operations); namedtuple builds its class with a generated __new__ so that
# argument errors read as CPython's.

import sys as _sys
import _collections
from _collections_abc import (MutableMapping as _MutableMapping, Mapping as _Mapping,
                              MutableSequence as _MutableSequence, Sequence as _Sequence,
                              KeysView as _KeysView, ItemsView as _ItemsView,
                              ValuesView as _ValuesView, _GenericAlias)

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]


def _recursive_repr(fillvalue="..."):
    def decorating(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)
        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = user_function.__qualname__
        return wrapper
    return decorating


# ---------------------------------------------------------------- deque

_ring = _collections.ring
_append = _collections.append
_appendleft = _collections.appendleft
_pop = _collections.pop
_popleft = _collections.popleft
_length = _collections.length
_getitem = _collections.getitem


class deque:
    __slots__ = ("_ring", "_maxlen", "__weakref__")

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._ring = _ring(None)
        self._maxlen = None
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        if maxlen != self._maxlen or _length(self._ring):
            self._ring = _ring(maxlen)
            self._maxlen = maxlen
        if iterable is not self:
            _collections.extend(self._ring, iterable)
        else:
            _collections.extend(self._ring, list(iterable))

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x, /):
        _append(self._ring, x)

    def appendleft(self, x, /):
        _appendleft(self._ring, x)

    def pop(self, /):
        return _pop(self._ring)

    def popleft(self, /):
        return _popleft(self._ring)

    def extend(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        _collections.extend(self._ring, iterable)

    def extendleft(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        _collections.extendleft(self._ring, iterable)

    def clear(self, /):
        _collections.clear(self._ring)

    def copy(self, /):
        return self.__copy__()

    def __copy__(self, /):
        if type(self) is deque:
            return deque(_collections.tolist(self._ring), self._maxlen)
        return type(self)(self, self._maxlen) if self._maxlen is not None else type(self)(self)

    def count(self, value, /):
        ring = self._ring
        state = _collections.state(ring)
        n = 0
        for i in range(_length(ring)):
            x = _getitem(ring, i)
            if x is value or x == value:
                n += 1
            if _collections.state(ring) != state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=_sys.maxsize, /):
        ring = self._ring
        n = _length(ring)
        start, stop, _ = slice(start, stop).indices(n)
        state = _collections.state(ring)
        for i in range(start, stop):
            x = _getitem(ring, i)
            if x is value or x == value:
                return i
            if _collections.state(ring) != state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value, /):
        ring = self._ring
        n = _length(ring)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        index = index.__index__() if not isinstance(index, int) else index
        if index < 0:
            index = max(index + n, 0)
        _collections.insert(ring, min(index, n), value)

    def remove(self, value, /):
        ring = self._ring
        state = _collections.state(ring)
        for i in range(_length(ring)):
            x = _getitem(ring, i)
            found = x is value or x == value
            if _collections.state(ring) != state:
                raise IndexError("deque mutated during remove().")
            if found:
                _collections.delitem(ring, i)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self, /):
        _collections.reverse(self._ring)

    def rotate(self, n=1, /):
        _collections.rotate(self._ring, n)

    def __len__(self):
        return _length(self._ring)

    def __bool__(self):
        return _length(self._ring) != 0

    def __iter__(self):
        return _collections.iter(self._ring)

    def __reversed__(self):
        return _collections.reviter(self._ring)

    def __contains__(self, value):
        ring = self._ring
        state = _collections.state(ring)
        for i in range(_length(ring)):
            x = _getitem(ring, i)
            if x is value or x == value:
                return True
            if _collections.state(ring) != state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __getitem__(self, index):
        return _getitem(self._ring, index)

    def __setitem__(self, index, value):
        _collections.setitem(self._ring, index, value)

    def __delitem__(self, index):
        _collections.delitem(self._ring, index)

    @_recursive_repr("[...]")
    def __repr__(self):
        name = type(self).__name__
        items = repr(_collections.tolist(self._ring))
        if self._maxlen is None:
            return f"{name}({items})"
        return f"{name}({items}, maxlen={self._maxlen})"

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(_collections.tolist(self._ring), _collections.tolist(other._ring))

    def __eq__(self, other):
        return self._compare(other, list.__eq__)

    def __ne__(self, other):
        return self._compare(other, list.__ne__)

    def __lt__(self, other):
        return self._compare(other, list.__lt__)

    def __le__(self, other):
        return self._compare(other, list.__le__)

    def __gt__(self, other):
        return self._compare(other, list.__gt__)

    def __ge__(self, other):
        return self._compare(other, list.__ge__)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") '
                            "to deque")
        new = self.__copy__()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.__copy__()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't multiply sequence by non-int of type "
                            f"'{type(n).__name__}'")
        if n <= 0:
            self.clear()
        elif n > 1:
            items = _collections.tolist(self._ring)
            for _ in range(n - 1):
                _collections.extend(self._ring, items)
        return self

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        if self._maxlen is None:
            return type(self), ((), None), state, iter(self)
        return type(self), ((), self._maxlen), state, iter(self)

    __class_getitem__ = classmethod(_GenericAlias)


# the hot methods in Java (one call, no Python frame), over the Python ones above
for _name, _method in _collections.methods(deque).items():
    setattr(deque, _name, _method)
del _name, _method


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    @_recursive_repr()
    def _factory_repr(self):
        return repr(self.default_factory)

    def __repr__(self):
        return f"{type(self).__name__}({self._factory_repr()}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        dict.update(self, other)
        return self


# ---------------------------------------------------------------- OrderedDict

class _OrderedKeys(_KeysView):
    __slots__ = ()

    def __reversed__(self):
        yield from reversed(self._mapping)

    def __repr__(self):
        return f"odict_keys({list(self)!r})"


class _OrderedItems(_ItemsView):
    __slots__ = ()

    def __iter__(self):
        for key in dict.__iter__(self._mapping):
            yield (key, dict.__getitem__(self._mapping, key))

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield (key, dict.__getitem__(self._mapping, key))

    def __repr__(self):
        return f"odict_items({list(self)!r})"


class _OrderedValues(_ValuesView):
    __slots__ = ()

    def __iter__(self):
        for key in dict.__iter__(self._mapping):
            yield dict.__getitem__(self._mapping, key)

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield dict.__getitem__(self._mapping, key)

    def __repr__(self):
        return f"odict_values({list(self)!r})"


class OrderedDict(dict):
    def keys(self):
        return _OrderedKeys(self)

    def items(self):
        return _OrderedItems(self)

    def values(self):
        return _OrderedValues(self)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({dict(dict.items(self))!r})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(
                a == b for a, b in zip(dict.__iter__(self), dict.__iter__(other)))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def copy(self):
        return type(self)(self)

    def __copy__(self):
        return self.copy()

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return type(self), (), state, None, iter(list(dict.items(self)))

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------- namedtuple

_KEYWORDS = frozenset({
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
})

_tuple_new = tuple.__new__


def _cannot_set(self, value):
    raise AttributeError("can't set attribute")


def _cannot_delete(self):
    raise AttributeError("can't delete attribute")


def _field_getter(index, name):
    # a property over a Java getter (_collections.tuplegetter): reading a field runs no
    # Python frame; writing or deleting it fails with CPython's _tuplegetter messages
    return property(_collections.tuplegetter(index), _cannot_set, _cannot_delete,
                    f"Alias for field number {index}")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for pos in range(len(field_names)):
            given = field_names[pos]
            bad = given in seen or given[:1] == "_" or given in _KEYWORDS \
                or not given.isidentifier()
            seen.add(given)
            if bad:
                field_names[pos] = f"_{pos}"
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: "
                             f"{name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        # the defaults belong to the last fields, in order
        first = len(field_names) - len(defaults)
        field_defaults = {field_names[first + i]: v for i, v in enumerate(defaults)}
    field_names = tuple(map(_sys.intern, field_names))
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    namespace = {"_tuple_new": _tuple_new, "__builtins__": {},
                 "__name__": f"namedtuple_{typename}"}
    code = f"lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))"
    __new__ = eval(code, namespace)
    __new__.__name__ = "__new__"
    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise TypeError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    _replace.__doc__ = (f"Return a new {typename} object replacing specified fields with "
                        "new values")
    repr_fmt = "(" + ", ".join(f"{name}=%r" for name in field_names) + ")"

    def __repr__(self):
        return f"{self.__class__.__name__}{repr_fmt % self}"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"

    class_namespace = {
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "__replace__": _replace,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    class_namespace.update((fname, _field_getter(pos, fname))
                           for pos, fname in enumerate(field_names))
    result = type(typename, (tuple,), class_namespace)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


# ---------------------------------------------------------------- Counter

def _counts_agree(mine, theirs, relation):
    # every key of either counter, a missing one counting as zero
    for key in mine.keys() | theirs.keys():
        if not relation(mine[key], theirs[key]):
            return False
    return True


def _op_eq(a, b):
    return a == b


def _op_le(a, b):
    return a <= b


def _op_ge(a, b):
    return a >= b


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        return ordered if n is None else ordered[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _collections._count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{self.__class__.__name__}({d!r})"

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _counts_agree(self, other, _op_eq)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _counts_agree(self, other, _op_le)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _counts_agree(self, other, _op_ge)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    __class_getitem__ = classmethod(_GenericAlias)


def _count_of(item):
    return item[1]


# ---------------------------------------------------------------- ChainMap

class ChainMap(_MutableMapping):
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f"{self.__class__.__name__}({', '.join(map(repr, self.maps))})"

    @classmethod
    def fromkeys(cls, iterable, value=None, /):
        first = dict.fromkeys(iterable, value)
        return cls(first)

    def copy(self):
        front, *rest = self.maps
        return self.__class__(front.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# ---------------------------------------------------------------- UserDict, UserList

class UserDict(_MutableMapping):
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        cls = self.__class__
        twin = cls.__new__(cls)
        state = dict(self.__dict__)
        state["data"] = state["data"].copy()
        twin.__dict__.update(state)
        return twin

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_MutableSequence):
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        if isinstance(other, UserList):
            return other.data
        return other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, type(self.data)):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return type(self)(other.data + self.data)
        if isinstance(other, type(self.data)):
            return type(self)(other + self.data)
        return type(self)(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, self.data.__class__):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        cls = self.__class__
        twin = cls.__new__(cls)
        state = dict(self.__dict__)
        state["data"] = state["data"][:]
        twin.__dict__.update(state)
        return twin

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


# ---------------------------------------------------------------- UserString

def _str_of(value):
    return value.data if isinstance(value, UserString) else value


class UserString(_Sequence):
    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _str_of(string)

    def __lt__(self, string):
        return self.data < _str_of(string)

    def __le__(self, string):
        return self.data <= _str_of(string)

    def __gt__(self, string):
        return self.data > _str_of(string)

    def __ge__(self, string):
        return self.data >= _str_of(string)

    def __contains__(self, char):
        return _str_of(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        if isinstance(other, str):
            return type(self)(self.data + other)
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def capitalize(self):
        return type(self)(self.data.capitalize())

    def casefold(self):
        return type(self)(self.data.casefold())

    def center(self, width, *args):
        return type(self)(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_str_of(sub), start, end)

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(_str_of(prefix)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(_str_of(suffix)))

    def encode(self, encoding="utf-8", errors="strict"):
        text = self.data
        return text.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        text = self.data
        return text.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return type(self)(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_str_of(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(_str_of(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return type(self)(self.data.ljust(width, *args))

    def lower(self):
        return type(self)(self.data.lower())

    def lstrip(self, chars=None):
        return type(self)(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(_str_of(old), _str_of(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_str_of(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(_str_of(sub), start, end)

    def rjust(self, width, *args):
        return type(self)(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return type(self)(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        text = self.data
        return text.startswith(prefix, start, end)

    def strip(self, chars=None):
        return type(self)(self.data.strip(chars))

    def swapcase(self):
        return type(self)(self.data.swapcase())

    def title(self):
        return type(self)(self.data.title())

    def translate(self, *args):
        return type(self)(self.data.translate(*args))

    def upper(self):
        return type(self)(self.data.upper())

    def zfill(self, width):
        return type(self)(self.data.zfill(width))
