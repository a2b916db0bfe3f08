"""Type hints at run time: the special forms, generic aliases, Protocol, NamedTuple,
TypedDict and the introspection helpers (CPython 3.13's runtime behaviour)."""

# pyjit's typing, written for pyjit. TypeVar, ParamSpec, TypeVarTuple, TypeAliasType,
# Generic, Unpack and NoDefault are the interpreter's own (org.pyjit.runtime.Typing and
# PyTypeParam, what PEP 695 syntax makes): they are taken from a generic function made
# here. The aliases of collections.abc and collections classes (Iterable, Deque...) find
# their class when first needed, so importing typing imports neither module.

import sys

_GenericAlias_T = type(list[int])
_UnionType = type(int | str)
_FunctionType = type(lambda: None)


def _pep695[_T, **_P, *_Ts]():
    pass


TypeVar = type(_pep695.__type_params__[0])
ParamSpec = type(_pep695.__type_params__[1])
TypeVarTuple = type(_pep695.__type_params__[2])
NoDefault = _pep695.__type_params__[0].__default__
ParamSpecArgs = type(_pep695.__type_params__[1].args)
ParamSpecKwargs = type(_pep695.__type_params__[1].kwargs)
_UnpackAlias = type(next(iter(_pep695.__type_params__[2])))
_RuntimeUnion = type(_pep695.__type_params__[0] | None)

type _Alias = int
TypeAliasType = type(_Alias)


class _GenericBase[_T]:
    pass


Generic = _GenericBase.__mro__[1]
_RuntimeGenericAlias = type(_GenericBase[int])
del _pep695, _Alias, _GenericBase

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar",
    "TypeVarTuple", "Union", "AbstractSet", "ByteString", "Container", "ContextManager",
    "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView",
    "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection",
    "AsyncGenerator", "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes",
    "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound",
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set",
    "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO", "IO", "Match",
    "Pattern", "TextIO", "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads",
    "dataclass_transform", "final", "get_args", "get_origin", "get_overloads",
    "get_protocol_members", "get_type_hints", "is_protocol", "is_typeddict", "LiteralString",
    "Never", "NewType", "no_type_check", "no_type_check_decorator", "NoDefault", "NoReturn",
    "NotRequired", "overload", "override", "ParamSpecArgs", "ParamSpecKwargs", "ReadOnly",
    "Required", "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING",
    "TypeAlias", "TypeGuard", "TypeIs", "TypeAliasType", "Unpack",
]

TYPE_CHECKING = False
Text = str


def _is_dunder(name):
    return name.startswith("__") and name.endswith("__")


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias_T):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return "[" + ", ".join(_type_repr(t) for t in obj) + "]"
    return repr(obj)


def _type_convert(arg, module=None):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    arg = _type_convert(arg, module)
    if isinstance(arg, _GenericAlias) and arg._origin in (ClassVar, Final) \
            and not allow_special_forms:
        raise TypeError(f"{arg} is not valid as type argument")
    bare_ok = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)
    if arg in bare_ok:
        return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if arg is Generic or arg is Protocol or isinstance(arg, _SpecialForm):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, (list, tuple)):
            inner = _collect_parameters(t)
        elif isinstance(t, (TypeVar, ParamSpec, TypeVarTuple)):
            inner = (t,)
        elif isinstance(t, _UnpackAlias):
            inner = (t.__args__[0],) if t.__args__ else ()
        else:
            inner = getattr(t, "__parameters__", ())
            if not isinstance(inner, tuple):
                inner = ()
        for p in inner:
            if p not in params:
                params.append(p)
    return tuple(params)


def _deduplicate(params):
    out = []
    for p in params:
        if not any(p == q and type(p) is type(q) for q in out):
            out.append(p)
    return out


class _Final:
    __slots__ = ("__weakref__",)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if "_root" not in kwds and not _root:
            pass
        super().__init_subclass__(**kwds)


class _NotIterable:
    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final, _NotIterable, _root=True):
    __slots__ = ("_name", "__doc__", "_getitem")

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {"__name__", "__qualname__"}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Special form for marking type aliases."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, (_UnionGenericAlias, _UnionType, _RuntimeUnion)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    flat = _deduplicate(flat)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


@_SpecialForm
def Optional(self, parameters):
    """Optional[T] means T or None: the same as Union[T, None]."""
    the_type = _type_check(parameters, f"{self} requires a single type.")
    return Union[the_type, type(None)]


@_SpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = parameters[0]
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if not any(p == q and type(p) is type(q) for q in unique):
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


@_SpecialForm
def Concatenate(self, parameters):
    """Special form for annotating higher-order functions (with ParamSpec)."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    tail = parameters[-1]
    if tail is not ... and not isinstance(tail, ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable"
                        " or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    checked = [_type_check(p, msg) for p in parameters[:-1]]
    checked.append(tail)
    return _ConcatenateGenericAlias(self, tuple(checked))


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type predicate functions."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def TypeIs(self, parameters):
    """Special typing construct for marking user-defined type predicate functions."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a TypedDict key as required."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a TypedDict key as potentially missing."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def ReadOnly(self, parameters):
    """A special typing construct to mark an item of a TypedDict as read-only."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator: Unpack[Ts] is *Ts."""
    item = _type_check(parameters, f"{self._name} accepts only single type.")
    if isinstance(item, TypeVarTuple):
        return next(iter(item))  # the interpreter's own Unpack[Ts], as *Ts makes it
    return _GenericAlias(self, (item,))


class ForwardRef(_Final, _root=True):
    """A type annotation written as a string, evaluated when the hints are asked for."""
    __slots__ = ("__forward_arg__", "__forward_code__", "__forward_evaluated__",
                 "__forward_value__", "__forward_is_argument__", "__forward_is_class__",
                 "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg if not arg.startswith("*") else f"({arg},)[0]",
                           "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, type_params=None, *, recursive_guard=frozenset()):
        source = self.__forward_arg__
        if source in recursive_guard:
            return self
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            globalns = getattr(sys.modules.get(self.__forward_module__), "__dict__", globalns)
        value = eval(self.__forward_code__, globalns, localns)
        as_arg, as_class = self.__forward_is_argument__, self.__forward_is_class__
        value = _type_check(value, "Forward references must evaluate to types.",
                            is_argument=as_arg, allow_special_forms=as_class)
        value = _eval_type(value, globalns, localns,
                           recursive_guard=recursive_guard.union((source,)))
        self.__forward_value__ = value
        self.__forward_evaluated__ = True
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self._ref_key() == other._ref_key()

    def _ref_key(self):
        return self.__forward_arg__, self.__forward_module__

    def __hash__(self):
        return hash(self._ref_key())

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = "" if self.__forward_module__ is None else \
            f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module})"


def _origin_key(origin):
    # an origin compared without importing the module of one given by name
    if isinstance(origin, str):
        return origin
    if isinstance(origin, type):
        return f"{origin.__module__}.{origin.__qualname__}"
    return origin


def _resolve_origin(origin):
    # "module.name" for the classes of collections.abc and collections: imported when used
    if isinstance(origin, str):
        mod_name, _, attr_name = origin.rpartition(".")
        __import__(mod_name)
        return getattr(sys.modules[mod_name], attr_name)
    return origin


class _BaseGenericAlias(_Final, _root=True):
    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self._origin = origin

    @property
    def __origin__(self):
        origin = self._origin
        if isinstance(origin, str):
            origin = self._origin = _resolve_origin(origin)
        return origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, (_BaseGenericAlias, _RuntimeGenericAlias)) or (
                    isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {"__name__", "__qualname__"}:
            own = self._name
            return own if own else self.__origin__.__name__
        if not _is_dunder(attr) and attr != "_origin":
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in {"_name", "_inst", "_nparams", "_defaults", "_origin",
                                        "_paramspec_tvars"}:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        cls = type(obj)
        return self.__subclasscheck__(cls)

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return sorted(set(object.__dir__(self)) | {
            attr for attr in dir(self.__origin__) if not _is_dunder(attr)})


class _GenericAlias(_BaseGenericAlias, _root=True):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, name=name, inst=inst)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, "__module__", "typing") \
                if not isinstance(origin, str) else "typing"

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return _origin_key(self._origin) == _origin_key(other._origin) and \
                self.__args__ == other.__args__
        return NotImplemented

    def __hash__(self):
        return hash((_origin_key(self._origin), self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self._origin in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments"
                            f" for {self}; actual {len(args)}, expected {len(params)}")
        mapping = dict(zip(params, args))
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self._origin, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f"{name}[{args}]"

    def __reduce__(self):
        return operator_getitem, (self.__origin__, self.__args__)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(b is not self and isinstance(b, _BaseGenericAlias) for b in later):
                return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def operator_getitem(a, b):
    return a[b]


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    params = getattr(arg, "__parameters__", ())
    if params and isinstance(params, tuple) and not isinstance(arg, type):
        return arg[tuple(mapping.get(p, p) for p in params)]
    if isinstance(arg, (list, tuple)) and not isinstance(arg, type):
        return type(arg)(_substitute(a, mapping) for a in arg)
    return arg


class _TypingEllipsis:
    pass


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        super().__init__(origin, name=origin.__name__ if name is None else name, inst=inst)
        self._nparams = nparams
        self._defaults = defaults
        self.__module__ = "typing"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        given, wanted = len(params), self._nparams
        if self._defaults and given < wanted <= given + len(self._defaults):
            params += tuple(self._defaults[given - wanted:])
        if len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments"
                            f" for {self}; actual {len(params)}, expected {self._nparams}")
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self._origin, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            cls = cls.__origin__
        elif isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash(self._name)


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        assert self._name == "Callable"
        *arg_types, ret = self.__args__
        if len(arg_types) == 1 and _is_param_expr(arg_types[0]):
            return super().__repr__()
        listed = ", ".join(map(_type_repr, arg_types))
        return f"typing.Callable[[{listed}], {_type_repr(ret)}]"

    def copy_with(self, params):
        return _CallableGenericAlias(self._origin, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self._origin, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not (isinstance(params, tuple) and len(params) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        arg_part, ret = params
        return self.__getitem_inner__(
            (tuple(arg_part) if isinstance(arg_part, list) else arg_part, ret))

    def __getitem_inner__(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is ...:
            args = (_TypingEllipsis,)
            return self.copy_with(args + (result,))
        if isinstance(args, (ParamSpec, _ConcatenateGenericAlias)):
            return self.copy_with((args, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(arg) for arg in args)
        return self.copy_with((*args, result))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) > 1 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            head = [_type_check(p, msg) for p in params[:-1]]
            return self.copy_with(tuple(head) + (_TypingEllipsis,))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType, _RuntimeUnion)):
            return NotImplemented
        try:
            return frozenset(self.__args__) == frozenset(other.__args__)
        except TypeError:
            return all(a in other.__args__ for a in self.__args__) and \
                all(a in self.__args__ for a in other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is type(None):
                return f"typing.Optional[{_type_repr(args[0])}]"
        return super().__repr__()

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(obj, arg):
                return True
        return False

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return operator_getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __init__(self, origin, args, **kwds):
        super().__init__(origin, args, **kwds)
        self.__parameters__ = ()

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return self._typed_values() == other._typed_values()
        return NotImplemented

    def _typed_values(self):
        return frozenset((a, type(a)) for a in self.__args__)

    def __hash__(self):
        return hash(self._typed_values())

    def __repr__(self):
        return "typing.Literal[" + ", ".join(repr(a) for a in self.__args__) + "]"


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        *front, last = params
        if isinstance(last, _ConcatenateGenericAlias):
            params = tuple(front) + last.__args__
        elif isinstance(last, (list, tuple)):
            return tuple(front) + tuple(last)
        return super().copy_with(params)


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name="Annotated")
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        extras = ", ".join(map(repr, self.__metadata__))
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__metadata__, self.__origin__))

    def __getattr__(self, attr):
        if attr in {"__name__", "__qualname__"}:
            return "Annotated"
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


@_SpecialForm
def Annotated(self, params):
    """Add context-specific metadata to a type: Annotated[T, x]."""
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    msg = "Annotated[t, ...]: t must be a type."
    base, *extras = params
    return _AnnotatedAlias(_type_check(base, msg, allow_special_forms=True), tuple(extras))


# the plain aliases of builtin and library classes
_alias = _SpecialGenericAlias
Hashable = _alias("collections.abc.Hashable", 0, name="Hashable")
Awaitable = _alias("collections.abc.Awaitable", 1, name="Awaitable")
Coroutine = _alias("collections.abc.Coroutine", 3, name="Coroutine")
AsyncIterable = _alias("collections.abc.AsyncIterable", 1, name="AsyncIterable")
AsyncIterator = _alias("collections.abc.AsyncIterator", 1, name="AsyncIterator")
Iterable = _alias("collections.abc.Iterable", 1, name="Iterable")
Iterator = _alias("collections.abc.Iterator", 1, name="Iterator")
Reversible = _alias("collections.abc.Reversible", 1, name="Reversible")
Sized = _alias("collections.abc.Sized", 0, name="Sized")
Container = _alias("collections.abc.Container", 1, name="Container")
Collection = _alias("collections.abc.Collection", 1, name="Collection")
Callable = _CallableType("collections.abc.Callable", 2, name="Callable")
AbstractSet = _alias("collections.abc.Set", 1, name="AbstractSet")
MutableSet = _alias("collections.abc.MutableSet", 1, name="MutableSet")
Mapping = _alias("collections.abc.Mapping", 2, name="Mapping")
MutableMapping = _alias("collections.abc.MutableMapping", 2, name="MutableMapping")
Sequence = _alias("collections.abc.Sequence", 1, name="Sequence")
MutableSequence = _alias("collections.abc.MutableSequence", 1, name="MutableSequence")
ByteString = _alias("collections.abc.ByteString", 0, name="ByteString")
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Deque = _alias("collections.deque", 1, name="Deque")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias("collections.abc.MappingView", 1, name="MappingView")
KeysView = _alias("collections.abc.KeysView", 1, name="KeysView")
ItemsView = _alias("collections.abc.ItemsView", 2, name="ItemsView")
ValuesView = _alias("collections.abc.ValuesView", 1, name="ValuesView")
Dict = _alias(dict, 2, inst=False, name="Dict")
DefaultDict = _alias("collections.defaultdict", 2, name="DefaultDict")
OrderedDict = _alias("collections.OrderedDict", 2, name="OrderedDict")
Counter = _alias("collections.Counter", 1, name="Counter")
ChainMap = _alias("collections.ChainMap", 2, name="ChainMap")
Generator = _alias("collections.abc.Generator", 3, name="Generator",
                   defaults=(type(None), type(None)))
AsyncGenerator = _alias("collections.abc.AsyncGenerator", 2, name="AsyncGenerator",
                        defaults=(type(None),))
Type = _alias(type, 1, inst=False, name="Type")
ContextManager = _alias("contextlib.AbstractContextManager", 2, name="ContextManager",
                        defaults=(bool | None,))
AsyncContextManager = _alias("contextlib.AbstractAsyncContextManager", 2,
                             name="AsyncContextManager", defaults=(bool | None,))
Pattern = _alias("re.Pattern", 1, name="Pattern")
Match = _alias("re.Match", 1, name="Match")
del _alias


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ, /):
    """Returns val unchanged (a check for type checkers)."""
    return val


def assert_never(arg, /):
    """Raises AssertionError: code that type checkers know to be unreachable ran."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Prints the run-time type of obj on stderr and returns obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def get_origin(tp):
    """The unsubscripted form of a generic type (list for List[int]), else None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _RuntimeUnion):
        return Union
    if isinstance(tp, _UnpackAlias):
        return Unpack
    if isinstance(tp, (_BaseGenericAlias, _GenericAlias_T, ParamSpecArgs, ParamSpecKwargs,
                       _RuntimeGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type (Dict[str, int] gives (str, int)), else ()."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias, _GenericAlias_T, _RuntimeGenericAlias, _RuntimeUnion,
                       _UnpackAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and not (
                len(res) == 2 and _is_param_expr(res[0])):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t._origin in (Required, NotRequired, ReadOnly):
        inner, = t.__args__
        return _strip_annotations(inner)
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return t.copy_with(stripped)
    if isinstance(t, _GenericAlias_T):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        return _GenericAlias_T(t.__origin__, stripped)
    return t


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard=recursive_guard)
    if isinstance(t, (_GenericAlias, _GenericAlias_T, _UnionType)):
        args = t.__args__
        if isinstance(t, _GenericAlias_T):
            args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in args)
        evaluated = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if evaluated == t.__args__:
            return t
        if isinstance(t, _GenericAlias_T):
            return _GenericAlias_T(t.__origin__, evaluated)
        if isinstance(t, _UnionType):
            return Union[evaluated]
        if isinstance(t, _AnnotatedAlias):
            return t.copy_with(evaluated[:1])
        return t.copy_with(evaluated)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function as a dict, string annotations
    evaluated and None replaced by NoneType."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            if isinstance(ann, _GetSetDescriptor):
                ann = {}
            if localns is not None:
                base_locals = localns
            elif globalns is None:
                # nothing given: the module's names come first, then the class's own
                base_locals, base_globals = base_globals, dict(vars(base))
            else:
                base_locals = dict(vars(base))
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, (type(sys), type, _FunctionType)) or callable(obj):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    result = {}
    for name, value in dict(hints).items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, type(sys)),
                               is_class=False)
        result[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return result
    return {k: _strip_annotations(t) for k, t in result.items()}


_GetSetDescriptor = type(type.__dict__["__name__"])


def no_type_check(arg):
    """Decorator: type checkers ignore the annotations of this function or class."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, "__qualname__") or
                    obj.__qualname__ != f"{arg.__qualname__}.{obj.__name__}" or
                    getattr(obj, "__module__", None) != arg.__module__):
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator for decorators: what they decorate gets @no_type_check."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    wrapped_decorator.__name__ = getattr(decorator, "__name__", "wrapped_decorator")
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overload_registry = {}


def overload(func):
    """Decorator for the signatures of an overloaded function (kept for get_overloads)."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures defined for func, in definition order."""
    f = getattr(func, "__func__", func)
    key = (getattr(f, "__module__", None), getattr(f, "__qualname__", None))
    return list(_overload_registry.get(key, {}).values())


def clear_overloads():
    """Forgets every registered overload."""
    _overload_registry.clear()


def final(f):
    """Decorator marking a method or class final (sets __final__ = True)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Decorator marking a method as overriding one of a base class (__override__)."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Decorator marking a decorator, class or metaclass as making dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "frozen_default": frozen_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """A distinct type for type checkers; at run time calling it returns its argument."""

    def __call__(self, x, /):
        return x

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = None
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")
        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# Protocol

_SPECIAL_NAMES = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__match_args__", "__static_attributes__", "__firstlineno__",
    "__protocol_attrs__", "__non_callable_proto_members__", "__type_params__",
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
    "_is_runtime_protocol", "__qualname__", "__callable_proto_members_only__",
})

try:
    from abc import ABCMeta as _ProtocolMetaBase, abstractmethod as _abstractmethod
except ImportError:  # abc not available: protocols are checked without ABC registration
    _ProtocolMetaBase = type

    def _abstractmethod(f):
        f.__isabstractmethod__ = True
        return f


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {"Protocol", "Generic"}:
            continue
        annotations = base.__dict__.get("__annotations__", {})
        if not isinstance(annotations, dict):
            annotations = {}
        for names in (base.__dict__, annotations):
            attrs.update(n for n in names if n not in _SPECIAL_NAMES and not n.startswith("_abc_"))
    return attrs


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class _ProtocolMeta(_ProtocolMetaBase):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        defining_protocol = name == "Protocol" and bases == (Generic,)
        if not defining_protocol and Protocol in bases:
            for base in bases:
                if not (base in {object, Generic} or
                        getattr(base, "_is_protocol", False) and isinstance(base, type) and
                        issubclass(base, Generic)):
                    raise TypeError(f"Protocols can only inherit from other protocols, got "
                                    f"{base!r}")
        return super(_ProtocolMeta, mcls).__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, "_is_protocol", False):
            cls.__protocol_attrs__ = _get_protocol_attrs(cls)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(Protocol, other)
        if getattr(cls, "_is_protocol", False) and not _reckless(2):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            if cls.__non_callable_proto_members__ and cls.__dict__.get("__subclasshook__") \
                    is _proto_hook:
                raise TypeError("Protocols with non-method members don't support "
                                "issubclass(). Non-method members: " + str(sorted(
                                    cls.__non_callable_proto_members__))[1:-1] + ".")
        if _ProtocolMetaBase is type:  # without ABCMeta, the hook is asked here
            hook = cls.__dict__.get("__subclasshook__")
            if hook is not None:
                found = cls.__subclasshook__(other)
                if found is not NotImplemented:
                    return found
        return super().__subclasscheck__(other)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(Protocol, instance)
        if not getattr(cls, "_is_protocol", False):
            return super(_ProtocolMeta, cls).__instancecheck__(instance)
        if not getattr(cls, "_is_runtime_protocol", False) and not _reckless(2):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if _ProtocolMetaBase.__instancecheck__(cls, instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                break
            if val is None and attr not in cls.__non_callable_proto_members__:
                break
        else:
            return True
        return False


def _reckless(depth):
    try:
        name = sys._getframe(depth).f_globals.get("__name__")
    except (AttributeError, ValueError):
        return True
    return name in {"abc", "functools", None}


@classmethod
def _proto_hook(cls, other):
    if not cls.__dict__.get("_is_protocol", False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = base.__dict__.get("__annotations__", {})
            if isinstance(annotations, dict) and attr in annotations and \
                    issubclass(other, Generic) and getattr(other, "_is_protocol", False):
                break
        else:
            return NotImplemented
    return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if not own.get("_is_protocol", False):
            cls._is_protocol = any(parent is Protocol for parent in cls.__bases__)
        if "__subclasshook__" not in own:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Class decorator: lets isinstance() and issubclass() check a protocol's members."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or \
            not getattr(cls, "_is_protocol", False):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    cls.__protocol_attrs__ = _get_protocol_attrs(cls)
    non_callable = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception:
            is_callable = False
        if not is_callable:
            non_callable.add(attr)
    cls.__non_callable_proto_members__ = non_callable
    return cls


def is_protocol(tp, /):
    """Whether tp is a protocol class."""
    return isinstance(tp, type) and getattr(tp, "_is_protocol", False) and tp != Protocol


def get_protocol_members(tp, /):
    """The members a protocol class requires, as a frozenset."""
    if not is_protocol(tp):
        raise TypeError(f"{tp!r} is not a Protocol")
    return frozenset(tp.__protocol_attrs__)


T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)
AnyStr = TypeVar("AnyStr", bytes, str)


@runtime_checkable
class SupportsInt(Protocol):
    """Objects with a __int__ method."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """Objects with a __float__ method."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """Objects with a __complex__ method."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """Objects with a __bytes__ method."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """Objects with a __index__ method."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs[T](Protocol):
    """Objects with a __abs__ method (covariant in what it returns)."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self) -> T:
        pass


@runtime_checkable
class SupportsRound[T](Protocol):
    """Objects with a __round__ method (covariant in what it returns)."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> T:
        pass


# NamedTuple

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    annotations = {n: _type_check(t, f"field {n} annotation must be a type")
                   for n, t in types}
    nm_tpl = _namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


def _namedtuple(name, fields, *, defaults=(), module=None):
    try:
        from collections import namedtuple
    except ImportError:
        return _fallback_namedtuple(name, fields, defaults, module)
    return namedtuple(name, fields, defaults=defaults, module=module)


def _fallback_namedtuple(typename, fields, defaults, module):
    # a namedtuple class, for when the collections module cannot be imported
    fields = tuple(fields)
    defaults = tuple(defaults)
    params = []
    first_default = len(fields) - len(defaults)
    for i, f in enumerate(fields):
        params.append(f if i < first_default else f"{f}=__d[{i - first_default}]")
    source = (f"def __new__(_cls, {', '.join(params)}):\n"
              f" return _tuple_new(_cls, ({''.join(f + ', ' for f in fields)}))\n")
    ns = {"_tuple_new": tuple.__new__, "__d": defaults}
    exec(source, ns)
    new = ns["__new__"]
    new.__qualname__ = f"{typename}.__new__"
    if defaults:
        new.__defaults__ = defaults

    def __repr__(self):
        return self.__class__.__name__ + "(" + ", ".join(
            f"{n}={v!r}" for n, v in zip(self._fields, self)) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(n, v) for n, v in zip(self._fields, self)])
        if kwds:
            raise TypeError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(result)}")
        return result

    def __getnewargs__(self):
        return tuple(self)

    ns = {"__doc__": f"{typename}({', '.join(fields)})", "__slots__": (),
          "_fields": fields, "_field_defaults": dict(zip(fields[first_default:], defaults)),
          "__new__": new, "_make": _make, "_replace": _replace, "__repr__": __repr__,
          "_asdict": _asdict, "__getnewargs__": __getnewargs__, "__match_args__": fields}
    for index, name in enumerate(fields):
        ns[name] = property(lambda self, i=index: tuple.__getitem__(self, i),
                            doc=f"Alias for field number {index}")
    cls = type(typename, (tuple,), ns)
    if module is not None:
        cls.__module__ = module
    return cls


_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base not in (_NamedTuple, Generic):
                raise TypeError("can only inherit from a NamedTuple type and Generic")
            bases = tuple(b if b is not _NamedTuple else tuple for b in bases)
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=list(map(ns.__getitem__, default_names)),
                               module=ns["__module__"])
        nm_tpl.__bases__ = bases if bases != (tuple,) else nm_tpl.__bases__
        if Generic in bases:
            class_getitem = _RuntimeGenericAlias
            nm_tpl.__class_getitem__ = classmethod(lambda c, p: Generic.__class_getitem__.__func__(c, p)
                                                   if hasattr(Generic.__class_getitem__, "__func__")
                                                   else Generic.__class_getitem__(p))
        for key, val in ns.items():
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _SPECIAL:
                if key not in nm_tpl._fields:
                    setattr(nm_tpl, key, val)
                try:
                    set_name = type(val).__set_name__
                except AttributeError:
                    pass
                else:
                    try:
                        set_name(val, nm_tpl, key)
                    except BaseException as e:
                        e.add_note(f"Error calling __set_name__ on {type(val).__name__!r} "
                                   f"instance {key!r} in {typename!r}")
                        raise
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class syntax, or NamedTuple('Name', [('x', int)])."""
    if fields is None:
        if kwargs:
            raise TypeError("Creating NamedTuple classes using keyword arguments is no "
                            "longer supported; use the class syntax or a list of fields")
        fields = []
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple,"
                        " not both")
    try:
        module = sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        module = None
    return _make_nmtuple(typename, fields, module=module)


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# TypedDict

def _qualifiers(tp):
    found = set()
    while True:
        origin = tp._origin if isinstance(tp, _GenericAlias) else None
        if isinstance(tp, _AnnotatedAlias):
            tp = tp.__origin__
        elif origin in (Required, NotRequired, ReadOnly, ClassVar, Final):
            found.add(origin)
            tp = tp.__args__[0]
        else:
            return found


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if base is not Generic and type(base) is not _TypedDictMeta:
                raise TypeError("cannot inherit from both a TypedDict type and a "
                                "non-TypedDict base class")
        generic = (Generic,) if any(b is Generic for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        own = ns.get("__annotations__", {})
        module = tp_dict.__module__
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg, module=module, allow_special_forms=True)
               for n, tp in own.items()}
        annotations = {}
        required = set()
        optional = set()
        readonly = set()
        mutable = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required |= base.__dict__.get("__required_keys__", set())
            optional |= base.__dict__.get("__optional_keys__", set())
            readonly |= base.__dict__.get("__readonly_keys__", set())
            mutable |= base.__dict__.get("__mutable_keys__", set())
        annotations.update(own)
        for key, tp in own.items():
            q = _qualifiers(tp)
            if Required in q:
                is_required = True
            elif NotRequired in q:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
            if ReadOnly in q:
                if key in mutable:
                    raise TypeError(f"Cannot override mutable key {key!r} with read-only key")
                readonly.add(key)
            else:
                mutable.add(key)
                readonly.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__readonly_keys__ = frozenset(readonly)
        tp_dict.__mutable_keys__ = frozenset(mutable)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True):
    """A dict type whose keys have types: class syntax, or TypedDict('Name', {...})."""
    if fields is None:
        fields = {}
    ns = {"__annotations__": dict(fields)}
    try:
        module = sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        module = None
    if module is not None:
        ns["__module__"] = module
    td = _TypedDictMeta(typename, (), ns, total=total)
    td.__orig_bases__ = (TypedDict,)
    return td


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# IO

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()

    @property
    def mode(self) -> str:
        pass

    @property
    def name(self) -> str:
        pass

    def close(self) -> None:
        pass

    @property
    def closed(self) -> bool:
        pass

    def fileno(self) -> int:
        pass

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        pass

    def read(self, n: int = -1):
        pass

    def readable(self) -> bool:
        pass

    def readline(self, limit: int = -1):
        pass

    def readlines(self, hint: int = -1):
        pass

    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    def seekable(self) -> bool:
        pass

    def tell(self) -> int:
        pass

    def truncate(self, size=None) -> int:
        pass

    def writable(self) -> bool:
        pass

    def write(self, s) -> int:
        pass

    def writelines(self, lines) -> None:
        pass

    def __enter__(self):
        pass

    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """The type of a file opened in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """The type of a file opened in text mode."""
    __slots__ = ()

    @property
    def buffer(self):
        pass

    @property
    def encoding(self) -> str:
        pass

    @property
    def errors(self):
        pass

    @property
    def line_buffering(self) -> bool:
        pass

    @property
    def newlines(self):
        pass
