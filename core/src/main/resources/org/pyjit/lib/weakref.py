"""Weak references (PEP 205): ref, proxy, WeakMethod, the weak collections and finalize."""

# pyjit's weakref: the types are Python classes over the JVM's weak references
# (_weakref: org.pyjit.runtime.WeakRefs). A referent dies when the JVM's collector finds it
# unreachable (gc.collect() forces a full collection), not at the moment its last
# reference goes as with CPython's reference counting; callbacks run on the program's
# thread when gc.collect() returns and when the next weak reference is made.

import _weakref

__all__ = [
    "ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
    "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
    "WeakMethod", "finalize",
]

getweakrefcount = _weakref.getweakrefcount
getweakrefs = _weakref.getweakrefs


class ReferenceType:
    __slots__ = ("_handle", "_hash", "__callback__")

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        basic = callback is None and cls is ReferenceType
        if basic:
            shared = _weakref.basic(ob)
            if shared is not None:
                return shared
        self = object.__new__(cls)
        object.__setattr__(self, "__callback__", callback)
        object.__setattr__(self, "_hash", None)
        object.__setattr__(self, "_handle", _weakref.handle(ob, self, basic))
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self, /):
        return _weakref.get(self._handle)

    def __hash__(self):
        h = self._hash
        if h is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            h = hash(ob)
            object.__setattr__(self, "_hash", h)
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = self()
        if ob is None:
            return f"<weakref at {_address(self)}; dead>"
        name = getattr(ob, "__name__", None)
        if isinstance(name, str):
            return (f"<weakref at {_address(self)}; to '{_typename(ob)}' at "
                    f"{_address(ob)} ({name})>")
        return f"<weakref at {_address(self)}; to '{_typename(ob)}' at {_address(ob)}>"

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


ref = ReferenceType


def _address(ob):
    return "0x%012x" % id(ob)


def _typename(ob):
    t = type(ob)
    return t.__name__ if t.__module__ == "builtins" else t.__module__ + "." + t.__qualname__


def _generic_alias(cls, item):
    return type(list[int])(cls, item)


def _dead():
    raise ReferenceError("weakly-referenced object no longer exists")


def _target(p):
    ob = _weakref.get(object.__getattribute__(p, "_handle"))
    if ob is None:
        _dead()
    return ob


class ProxyType:
    __slots__ = ("_handle", "__callback__")

    def __new__(cls, ob, callback=None):
        self = object.__new__(cls)
        object.__setattr__(self, "__callback__", callback)
        object.__setattr__(self, "_handle", _weakref.handle(ob, self, False))
        return self

    def __getattribute__(self, name):
        if name == "__callback__":
            return object.__getattribute__(self, "__callback__")
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        ob = _weakref.get(object.__getattribute__(self, "_handle"))
        return (f"<weakproxy at {_address(self)}; to '{_typename(ob)}' at {_address(ob)}>"
                if ob is not None else f"<weakproxy at {_address(self)}; dead>")

    def __str__(self): return str(_target(self))
    def __bytes__(self): return bytes(_target(self))
    def __bool__(self): return bool(_target(self))
    def __len__(self): return len(_target(self))
    def __iter__(self): return iter(_target(self))
    def __next__(self): return next(_target(self))
    def __reversed__(self): return reversed(_target(self))
    def __contains__(self, item): return item in _target(self)
    def __getitem__(self, key): return _target(self)[key]
    def __setitem__(self, key, value): _target(self)[key] = value
    def __delitem__(self, key): del _target(self)[key]
    def __index__(self): return _target(self).__index__()
    def __int__(self): return int(_target(self))
    def __float__(self): return float(_target(self))
    def __abs__(self): return abs(_target(self))
    def __neg__(self): return -_target(self)
    def __pos__(self): return +_target(self)
    def __invert__(self): return ~_target(self)
    def __eq__(self, other): return _target(self) == _unwrap(other)
    def __ne__(self, other): return _target(self) != _unwrap(other)
    def __lt__(self, other): return _target(self) < _unwrap(other)
    def __le__(self, other): return _target(self) <= _unwrap(other)
    def __gt__(self, other): return _target(self) > _unwrap(other)
    def __ge__(self, other): return _target(self) >= _unwrap(other)
    def __add__(self, other): return _target(self) + _unwrap(other)
    def __radd__(self, other): return _unwrap(other) + _target(self)
    def __sub__(self, other): return _target(self) - _unwrap(other)
    def __rsub__(self, other): return _unwrap(other) - _target(self)
    def __mul__(self, other): return _target(self) * _unwrap(other)
    def __rmul__(self, other): return _unwrap(other) * _target(self)
    def __truediv__(self, other): return _target(self) / _unwrap(other)
    def __rtruediv__(self, other): return _unwrap(other) / _target(self)
    def __floordiv__(self, other): return _target(self) // _unwrap(other)
    def __rfloordiv__(self, other): return _unwrap(other) // _target(self)
    def __mod__(self, other): return _target(self) % _unwrap(other)
    def __rmod__(self, other): return _unwrap(other) % _target(self)
    def __pow__(self, other): return _target(self) ** _unwrap(other)
    def __rpow__(self, other): return _unwrap(other) ** _target(self)
    def __and__(self, other): return _target(self) & _unwrap(other)
    def __rand__(self, other): return _unwrap(other) & _target(self)
    def __or__(self, other): return _target(self) | _unwrap(other)
    def __ror__(self, other): return _unwrap(other) | _target(self)
    def __xor__(self, other): return _target(self) ^ _unwrap(other)
    def __rxor__(self, other): return _unwrap(other) ^ _target(self)
    def __lshift__(self, other): return _target(self) << _unwrap(other)
    def __rshift__(self, other): return _target(self) >> _unwrap(other)
    def __matmul__(self, other): return _target(self) @ _unwrap(other)

    def __iadd__(self, other):
        ob = _target(self)
        ob += _unwrap(other)
        return self

    def __enter__(self): return _target(self).__enter__()
    def __exit__(self, *exc): return _target(self).__exit__(*exc)

    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, /, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def _unwrap(ob):
    if type(ob) in ProxyTypes:
        return _target(ob)
    return ob


def proxy(object, callback=None, /):
    """Create a proxy object that weakly references 'object'."""
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


class WeakMethod(ref):
    """A weak reference to a bound method, alive while both its instance and its function
    are (a plain ref to a bound method dies at once: each attribute access makes a new one)."""

    __slots__ = ("_fn", "_dead", "__weakref__")

    def __new__(cls, meth, callback=None):
        obj = getattr(meth, "__self__", _absent)
        fn = getattr(meth, "__func__", _absent)
        if obj is _absent or fn is _absent:
            raise TypeError(f"argument should be a bound method, not {type(meth)}")
        me = []  # a weak reference to the new WeakMethod, once it exists

        def died(_):
            wm = me[0]() if me else None
            if wm is not None and not wm._dead:
                wm._dead = True
                if callback is not None:
                    callback(wm)

        wm = ref.__new__(cls, obj, died)
        wm._fn = ref(fn, died)
        wm._dead = False
        me.append(ref(wm))
        return wm

    def __call__(self):
        obj = ref.__call__(self)
        fn = self._fn()
        return None if obj is None or fn is None else fn.__get__(obj, type(obj))

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._dead or other._dead:
            return self is other
        return ref.__eq__(self, other) and self._fn == other._fn

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = ref.__hash__


_absent = object()


class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        r = ref.__new__(cls, ob, callback)
        r.key = key
        return r


# The weak collections keep their entries in a plain dict or set, `data`, of weak
# references. An entry's callback takes it out when its referent is collected; the callback
# reaches the collection through a weak reference, so that entries do not keep a dropped
# collection alive.

def _dropper(coll, drop):
    coll_ref = ref(coll)

    def callback(wr):
        c = coll_ref()
        if c is not None:
            drop(c.data, wr)
    return callback


class _WeakMapping:
    """What the two weak dictionaries share; `_pairs()` lists the live (key, value) pairs."""

    __hash__ = None

    def __len__(self):
        return len(self._pairs())

    def items(self):
        yield from self._pairs()

    def keys(self):
        for k, _ in self._pairs():
            yield k

    __iter__ = keys

    def values(self):
        for _, v in self._pairs():
            yield v

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def clear(self):
        self.data.clear()

    def _copy_into(self, new):
        for k, v in self._pairs():
            new[k] = v
        return new

    def _store_all(self, pairs, kwargs):
        if pairs is not None:
            for k, v in (pairs.items() if hasattr(pairs, "items") else dict(pairs).items()):
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __or__(self, other):
        if not hasattr(other, "items"):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    def __eq__(self, other):
        if not (hasattr(other, "items") and hasattr(other, "keys")):
            return NotImplemented
        mine, theirs = dict(self.items()), dict(other.items())
        return mine == theirs


def _drop_value(data, wr):
    if data.get(wr.key) is wr:
        del data[wr.key]


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._remove = _dropper(self, _drop_value)
        self.update(other, **kw)

    def _pairs(self):
        return [(k, v) for k, r in list(self.data.items()) if (v := r()) is not None]

    def _value(self, key):
        """The live value under key, or None (KeyError only from an unhashable key's lookup)."""
        r = self.data.get(key)
        return None if r is None else r()

    def __getitem__(self, key):
        v = self._value(key)
        if v is None:
            raise KeyError(key)
        return v

    def __setitem__(self, key, value):
        # the reference knows its key, so the entry can be dropped when the value dies
        entry = KeyedRef(value, self._remove, key)
        self.data[key] = entry

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return self._value(key) is not None

    def get(self, key, default=None):
        v = self._value(key)
        return default if v is None else v

    def copy(self):
        return self._copy_into(WeakValueDictionary())

    __copy__ = copy

    def pop(self, key, *default):
        r = self.data.pop(key, None)
        v = None if r is None else r()
        if v is not None:
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, r = self.data.popitem()
            v = r()
            if v is not None:
                return key, v

    def setdefault(self, key, default=None):
        v = self._value(key)
        if v is None:
            self[key] = v = default
        return v

    def update(self, other=None, /, **kwargs):
        self._store_all(other, kwargs)

    def valuerefs(self):
        return [r for r in list(self.data.values()) if r() is not None]

    def itervaluerefs(self):
        yield from self.valuerefs()


def _drop_key(data, wr):
    data.pop(wr, None)


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key is collected."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _dropper(self, _drop_key)
        if dict is not None:
            self.update(dict)

    def _pairs(self):
        return [(k, v) for r, v in list(self.data.items()) if (k := r()) is not None]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        holder = ref(key, self._remove)
        self.data[holder] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        return _holds(self.data, key)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def copy(self):
        return self._copy_into(WeakKeyDictionary())

    __copy__ = copy

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            r, v = self.data.popitem()
            k = r()
            if k is not None:
                return k, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        self._store_all(dict, kwargs)

    def keyrefs(self):
        return [r for r in list(self.data) if r() is not None]


def _holds(refs, ob):
    """Whether a collection of weak references has one to ob (never, if ob cannot have one)."""
    try:
        return ref(ob) in refs
    except TypeError:
        return False


def _drop_member(data, wr):
    data.discard(wr)


class WeakSet:
    """A set whose members are held weakly: a member goes when it is collected."""

    __hash__ = None

    def __init__(self, data=None):
        self.data = set()
        self._remove = _dropper(self, _drop_member)
        if data is not None:
            self.update(data)

    def _members(self):
        return [o for r in list(self.data) if (o := r()) is not None]

    def _refs(self, items):
        """Weak references to items, to compare with the members' (no callback: the shared
        plain reference of each object)."""
        return (ref(o) for o in items)

    def __iter__(self):
        yield from self._members()

    def __len__(self):
        return len(self._members())

    def __contains__(self, item):
        return _holds(self.data, item)

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def update(self, other):
        for o in other:
            self.add(o)

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        while self.data:
            o = self.data.pop()()
            if o is not None:
                return o
        raise KeyError("pop from empty WeakSet")

    # in-place operators change `data`; the others work on a copy
    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def __iand__(self, other):
        self.data.intersection_update(self._refs(other))
        return self

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(o, self._remove) for o in other)
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def intersection_update(self, other):
        self.__iand__(other)

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def union(self, other):
        return type(self)([*self, *other])

    def difference(self, other):
        result = self.copy()
        result -= other
        return result

    def intersection(self, other):
        return type(self)(o for o in other if o in self)

    def symmetric_difference(self, other):
        result = self.copy()
        result ^= other
        return result

    __or__ = union
    __sub__ = difference
    __and__ = intersection
    __xor__ = symmetric_difference

    def isdisjoint(self, other):
        return not self.intersection(other)

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    def __lt__(self, other):
        return self.data < set(self._refs(other))

    def __gt__(self, other):
        return self.data > set(self._refs(other))

    __le__ = issubset
    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == set(self._refs(other))


WeakSet.__module__ = "_weakrefset"


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj is
    collected or when the finalizer is called, whichever comes first; at exit the ones still
    alive whose atexit is true run, the newest first."""

    __slots__ = ()
    _registry = {}  # live finalizer -> its _Entry
    _created = 0

    class _Entry:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        e = self._Entry()
        e.weakref = ref(obj, self)
        e.func, e.args, e.kwargs = func, args, kwargs
        e.atexit = True
        finalize._created += 1
        e.index = finalize._created
        self._registry[self] = e

    def _armed(self):
        """(entry, object) while the finalizer has not run and its object lives, else None."""
        e = self._registry.get(self)
        obj = None if e is None else e.weakref()
        return None if obj is None else (e, obj)

    def __call__(self, _=None):
        """Runs the function once: the first call (or the object's collection) returns its
        result, later calls None."""
        e = self._registry.pop(self, None)
        if e is not None:
            return e.func(*e.args, **e.kwargs)

    def detach(self):
        """Disarms the finalizer; returns (obj, func, args, kwargs) if it was armed, else None."""
        armed = self._armed()
        if armed is not None and self._registry.pop(self, None) is not None:
            e, obj = armed
            return (obj, e.func, e.args, e.kwargs)

    def peek(self):
        """(obj, func, args, kwargs) while armed, else None."""
        armed = self._armed()
        if armed is not None:
            e, obj = armed
            return (obj, e.func, e.args, e.kwargs)

    @property
    def alive(self):
        """Whether the finalizer has yet to run."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether it runs at exit if still alive then (true by default)."""
        e = self._registry.get(self)
        return e is not None and e.atexit

    @atexit.setter
    def atexit(self, value):
        e = self._registry.get(self)
        if e is not None:
            e.atexit = bool(value)

    def __repr__(self):
        armed = self._armed()
        if armed is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        obj = armed[1]
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))


def _run_exit_finalizers():
    pending = sorted(((f, i) for f, i in finalize._registry.items() if i.atexit),
                     key=lambda item: item[1].index)
    while pending:
        f, _ = pending.pop()
        try:
            f()
        except Exception:
            pass
