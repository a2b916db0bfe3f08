"""Weak reference support for Python object

This module is an implementation of PEP 205:

https://peps.python.org/pep-0205/
"""

# pyjit's weakref: the types are Python classes over the JVM's weak references
# (_weakref: org.pyjit.runtime.WeakRefs). A referent dies when the JVM's collector finds it
# unreachable (gc.collect() forces a full collection), not at the moment its last
# reference goes as with CPython's reference counting; callbacks run on the program's
# thread when gc.collect() returns and when the next weak reference is made.

import _weakref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

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
            return object.__getattribute__(self, name)
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
    """A custom `weakref.ref` subclass which simulates a weak reference to a bound method,
    working around the lifetime problem of bound methods."""

    __slots__ = ("_func_ref", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """Specialized reference that includes a key corresponding to the value."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self


class WeakValueDictionary:
    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore
    """

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self.data.get(wr.key) is wr:
                    del self.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def _live(self):
        return [(k, v) for k, r in list(self.data.items()) if (v := r()) is not None]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self._live())

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self._live():
            new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, v in self._live():
            yield k, v

    def keys(self):
        for k, v in self._live():
            yield k

    __iter__ = keys

    def itervaluerefs(self):
        yield from [r for r in list(self.data.values()) if r() is not None]

    def values(self):
        for k, v in self._live():
            yield v

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def valuerefs(self):
        return [r for r in list(self.data.values()) if r() is not None]

    def clear(self):
        self.data.clear()

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    def __eq__(self, other):
        if hasattr(other, "items") and hasattr(other, "keys"):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None


class WeakKeyDictionary:
    """ Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key.
    """

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _live(self):
        return [(k, v) for r, v in list(self.data.items()) if (k := r()) is not None]

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return len(self._live())

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self._live():
            new[key] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for k, v in self._live():
            yield k, v

    def keys(self):
        for k, v in self._live():
            yield k

    __iter__ = keys

    def values(self):
        for k, v in self._live():
            yield v

    def keyrefs(self):
        return [r for r in list(self.data) if r() is not None]

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if hasattr(other, "items"):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __eq__(self, other):
        if hasattr(other, "items") and hasattr(other, "keys"):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __hash__ = None


class WeakSet:
    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def _live(self):
        return [o for r in list(self.data) if (o := r()) is not None]

    def __iter__(self):
        yield from self._live()

    def __len__(self):
        return len(self._live())

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __hash__ = None


WeakSet.__module__ = "_weakrefset"


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.

    When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    By default atexit is true.
    """

    __slots__ = ()
    _registry = {}
    _index_iter = iter(range(1 << 62))

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
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
