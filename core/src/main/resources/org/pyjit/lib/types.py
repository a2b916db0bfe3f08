"""Names for the interpreter's built-in types, and helpers to create classes dynamically."""

# pyjit's types: every XxxType here is the type the runtime really gives such an object
# (taken from a sample object, so `type(len) is BuiltinFunctionType` holds by construction).
# SimpleNamespace is written here in Python; sys.implementation's namespace is a separate,
# read-only Java type with the same name and repr.

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
CellType = type((lambda x: lambda: x)(0).__closure__[0])


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_c = _coroutine()
CoroutineType = type(_c)
_c.close()
del _c


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())


class _C:
    __slots__ = ("_slot",)

    def _method(self):
        pass


MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(_C.__dict__["_slot"])
del _C

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)


GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

__all__ = [
    "FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
    "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
    "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType", "MethodWrapperType",
    "MethodDescriptorType", "ClassMethodDescriptorType", "ModuleType", "TracebackType",
    "FrameType", "GetSetDescriptorType", "MemberDescriptorType", "new_class",
    "resolve_bases", "prepare_class", "DynamicClassAttribute", "coroutine", "GenericAlias",
    "UnionType", "EllipsisType", "NoneType", "NotImplementedType", "get_original_bases",
]


class SimpleNamespace:
    """A plain object whose attributes are its constructor's keyword arguments."""

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f"{type(self).__name__} expected at most 1 argument, "
                            f"got {len(args)}")
        d = self.__dict__
        if args:
            for k, v in dict(args[0]).items():
                if type(k) is not str and not isinstance(k, str):
                    raise TypeError("keywords must be strings")
                d[k] = v
        d.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        busy = _repr_running
        if key in busy:
            return name + "(...)"
        busy.add(key)
        try:
            parts = [f"{k}={v!r}" for k, v in self.__dict__.items()]
        finally:
            busy.discard(key)
        return f"{name}({', '.join(parts)})"

    def __getattr__(self, name):
        # only reached for a missing attribute: CPython names the class types.SimpleNamespace
        cls = type(self)
        shown = "types.SimpleNamespace" if cls is SimpleNamespace else cls.__name__
        raise AttributeError(f"{shown!r} object has no attribute {name!r}", name=name,
                             obj=self)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)

    def __replace__(self, /, **changes):
        result = type(self)(**self.__dict__)
        result.__dict__.update(changes)
        return result


SimpleNamespace.__module__ = "types"
_repr_running = set()


def resolve_bases(bases):
    """The bases with every non-class that has __mro_entries__ replaced by its entries."""
    result = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            continue
        new = entries(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    return tuple(result) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds) as the class statement would compute them."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it, its body run by exec_body(ns)."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


def get_original_bases(cls, /):
    """The bases of cls before __mro_entries__ resolution (__orig_bases__ or __bases__)."""
    try:
        own = cls.__dict__
        return own.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """A property on instances whose class-level access goes to the class's __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def _with(self, fset, fdel):
        # a copy of this property with new set/delete accessors
        return type(self)(self.fget, fset, fdel, self.__doc__)

    def setter(self, fset):
        result = self._with(fset, self.fdel)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = self._with(self.fset, fdel)
        result.overwrite_doc = self.overwrite_doc
        return result


class _AwaitableGenerator:
    # what types.coroutine makes of a generator: awaitable, and still a generator
    __slots__ = ("_gen",)

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()


def coroutine(func):
    """Makes a generator function usable with await (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if type(func) is FunctionType and code is not None:
        if code.co_flags & 0x180:  # already a coroutine (or iterable coroutine)
            return func
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, (CoroutineType, _AwaitableGenerator)):
            return result
        if isinstance(result, GeneratorType):
            return _AwaitableGenerator(result)
        return result

    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, name, getattr(func, name))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped
