"""Shallow and deep copies of objects: copy, deepcopy and replace."""

# pyjit's copy, written for pyjit. Objects without __copy__/__deepcopy__ are copied from
# their reduction (__reduce_ex__(4) when a class defines one). pyjit's object.__reduce_ex__
# cannot describe instances of Python classes, so for those this module makes protocol 4's
# reduction itself: the class (made through its built-in base's __new__ with
# __getnewargs__' arguments), the __dict__ and __slots__ values as state, and the items of
# list and dict subclasses.

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error


def _code():
    pass


_ATOMIC = frozenset({
    type(None), int, float, bool, complex, bytes, str, type, range, type(len),
    type(...), type(NotImplemented), type(_code), type(_code.__code__), property,
})
del _code

_SHALLOW = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    copier = _SHALLOW.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            copied = deepcopy(value, memo)  # the value first, as in y[k] = v
            y[deepcopy(key, memo)] = copied
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # a tuple met again while copying its items was copied inside: use that copy
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is set or cls is frozenset:
        # as their reduction (the class over a list of the items) would copy them
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif issubclass(cls, type):
        y = x
    elif cls is _MethodType:
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not object.__reduce_ex__:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not object.__reduce__:
        return x.__reduce__()
    return _reduce_instance(x, cls)


def _builtin_base(cls):
    for base in cls.__mro__:
        if base.__module__ == "builtins":
            return base
    return object


def _reduce_instance(x, cls):
    base = _builtin_base(cls)
    if base is cls and cls is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    getnewargs = getattr(x, "__getnewargs__", None)
    args = getnewargs() if getnewargs is not None and base is not object else ()
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not object.__getstate__:
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,) + tuple(args), state, listitems, dictitems


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{c.__name__.lstrip('_')}{name}"
            names.append(name)
    return names


def _default_state(x, cls):
    d = getattr(x, "__dict__", None)
    state = d if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return state, slots
    return state


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            # (dict state, slot state) pairs come from objects with __slots__
            pair = isinstance(state, tuple) and len(state) == 2
            if pair:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                copied = deepcopy(value, memo)
                y[deepcopy(key, memo)] = copied
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
