"""Data classes: classes whose __init__, __repr__, __eq__ (...) come from their annotations."""

# pyjit's dataclasses, written for pyjit. A class's __init__ is made as Python source text
# and compiled with exec (as CPython does), inside a factory function whose parameters carry
# the defaults, types and helpers it refers to, so that the module's globals stay clean and
# the generated __init__ gives CPython's argument errors by itself. The other methods
# (__repr__, __eq__, ordering, __hash__, frozen __setattr__) are closures over the field
# names: an exec costs a parse and a compile, about 5 ms each on a cold start.

import sys

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
    "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = type(type.__dict__)({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    """Marks an init-only pseudo-field: an __init__ parameter passed to __post_init__."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What field() returns: one field's options (and, once processed, name and type)."""
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "doc", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only, doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else type(type.__dict__)(metadata)
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(type(list[int]))


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args",
                 "kw_only", "slots", "weakref_slot")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                 slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ("_DataclassParams(" + ",".join(
            f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Options for one field of a dataclass."""
    if MISSING is not default and MISSING is not default_factory:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The fields of a dataclass (class or instance), as a tuple of Field objects."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


_ATOMIC = frozenset({type(None), bool, int, float, str, complex, bytes, type(Ellipsis),
                     type(NotImplemented), type, range, property})


def _deepcopy(obj):
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, nested dataclasses and containers
    converted too (other values deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    t = type(obj)
    if t in _ATOMIC:
        return obj
    if hasattr(t, _FIELDS):
        if dict_factory is dict:
            return {f.name: _asdict_inner(getattr(obj, f.name), dict)
                    for f in fields(obj)}
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return t(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return t(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        items = ((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                 for k, v in obj.items())
        if hasattr(obj, "default_factory"):  # a defaultdict: keep its factory
            result = t(obj.default_factory)
            for k, v in items:
                result[k] = v
            return result
        return t(items)
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, converted as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    values = _astuple_inner(obj, tuple_factory)
    return values


def _astuple_inner(obj, tuple_factory):
    t = type(obj)
    if t in _ATOMIC:
        return obj
    if hasattr(t, _FIELDS):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return t(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return t(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        items = ((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                 for k, v in obj.items())
        if hasattr(obj, "default_factory"):  # a defaultdict: keep its factory
            result = t(obj.default_factory)
            for k, v in items:
                result[k] = v
            return result
        return t(items)
    return _deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    fields_of = getattr(self, _FIELDS)
    for f in fields_of.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 "specified with replace()")
            continue
        if f.name not in changes:
            if f.default is MISSING and f._field_type is _FIELD_INITVAR:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)


def _typing_form(annotation, name):
    # whether an annotation is typing.<name> or typing.<name>[...] (a string too)
    if isinstance(annotation, str):
        text = annotation.strip()
        for prefix in (name, "typing." + name, "t." + name):
            if text == prefix or text.startswith(prefix + "["):
                return True
        return False
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    form = getattr(typing, name, None)
    return annotation is form or getattr(annotation, "__origin__", None) is form


def _is_initvar(annotation):
    if annotation is InitVar or type(annotation) is InitVar:
        return True
    if isinstance(annotation, str):
        text = annotation.strip()
        return text.startswith(("InitVar", "dataclasses.InitVar"))
    return False


def _is_kw_only(annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and annotation.strip() in ("KW_ONLY",
                                                                  "dataclasses.KW_ONLY")


_MEMBER_DESCRIPTOR = None


def _get_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == "member_descriptor":
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _typing_form(annotation, "ClassVar"):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    kind = f._field_type
    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f"field {f.name} cannot have a default factory")
    if kind is not _FIELD_CLASSVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not "
                         "allowed: use default_factory")
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _recursive_repr(fn):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)

    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__wrapped__ = fn
    return wrapper


class _Methods:
    # the source text of a class's generated methods and the names they refer to
    def __init__(self):
        self.names = {}
        self.defs = []
        self.method_names = []

    def ref(self, key, value):
        self.names[key] = value
        return key

    def add(self, name, params, body, return_annotation=None):
        ret = "" if return_annotation is None else " -> " + return_annotation
        lines = [f" def {name}({', '.join(params)}){ret}:"]
        lines += ["  " + line for line in body] if body else ["  pass"]
        self.defs.append("\n".join(lines))
        self.method_names.append(name)

    def make(self, cls, globals_):
        if not self.defs:
            return {}
        params = ", ".join(self.names)
        source = (f"def __create_fn__({params}):\n" + "\n".join(self.defs)
                  + f"\n return ({', '.join(self.method_names)},)\n")
        ns = {}
        exec(source, globals_, ns)
        made = ns["__create_fn__"](**self.names)
        result = {}
        for name, fn in zip(self.method_names, made):
            fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
            result[name] = fn
        return result


def _field_default(m, f):
    if f.default_factory is not MISSING:
        if f.init:
            return m.ref("__dataclass_HAS_DEFAULT_FACTORY__", _HAS_DEFAULT_FACTORY)
        return None
    if f.default is not MISSING:
        return m.ref(f"__dataclass_dflt_{f.name}__", f.default)
    return None


def _init_assign(m, f, frozen):
    if f._field_type is _FIELD_INITVAR:
        return None
    if f.default_factory is not MISSING:
        factory = m.ref(f"__dataclass_dflt_{f.name}__", f.default_factory)
        if f.init:
            value = (f"{factory}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ "
                     f"else {f.name}")
        else:
            value = f"{factory}()"
    elif f.init:
        value = f.name
    else:
        if f.default is MISSING:
            return None
        value = m.ref(f"__dataclass_dflt_{f.name}__", f.default)
    if frozen:
        m.ref("__dataclass_builtins_object__", object)
        return f"__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})"
    return f"self.{f.name} = {value}"


def _add_init(m, cls, all_init_fields, std_fields, kw_fields, frozen, has_post_init):
    seen_default = None
    for f in std_fields:
        if f.init:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = f
            elif seen_default is not None:
                raise TypeError(f"non-default argument {f.name!r} follows default argument "
                                f"{seen_default.name!r}")
    body = []
    for f in all_init_fields:
        line = _init_assign(m, f, frozen)
        if line is not None:
            body.append(line)
    if has_post_init:
        names = ", ".join(f.name for f in all_init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f"self.{_POST_INIT_NAME}({names})")

    def param(f):
        annotation = m.ref(f"__dataclass_type_{f.name}__", f.type)
        default = _field_default(m, f)
        if default is None:
            return f"{f.name}:{annotation}"
        return f"{f.name}:{annotation}={default}"

    params = ["__dataclass_self__" if "self" in (f.name for f in all_init_fields) else "self"]
    if params[0] != "self":
        body = [line.replace("self.", "__dataclass_self__.", 1)
                if line.startswith("self.") else
                line.replace("(self, ", "(__dataclass_self__, ", 1) for line in body]
    params += [param(f) for f in std_fields]
    if kw_fields:
        params.append("*")
        params += [param(f) for f in kw_fields]
    m.ref("__dataclass_return_type__", None)
    m.add("__init__", params, body, "__dataclass_return_type__")


def _owned(cls, fn):
    fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    return fn


def _repr_method(names):
    def __repr__(self):
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{self.__class__.__qualname__}({parts})"
    return __repr__


def _eq_method(names):
    def __eq__(self, other):
        if self is other:
            return True
        if other.__class__ is self.__class__:
            # as `self.a == other.a and self.b == other.b`: the first false result, else
            # the last one
            result = True
            for n in names:
                result = getattr(self, n) == getattr(other, n)
                if not result:
                    return result
            return result
        return NotImplemented
    return __eq__


_ORDER_OPS = (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
              ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b))


def _order_method(names, op, name):
    # lists of the fields compare as the tuples CPython's generated methods compare (a
    # comprehension is inlined; a generator would cost a frame per call)
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op([getattr(self, n) for n in names], [getattr(other, n) for n in names])
        return NotImplemented
    compare.__name__ = name
    return compare


def _hash_method(names):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _frozen_methods(cls, names):
    # the class is kept in a list that slots=True, which makes a new class, updates
    owner = [cls]

    def __setattr__(self, name, value):
        cls = owner[0]
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        cls = owner[0]
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    __setattr__.__dataclass_owner__ = __delattr__.__dataclass_owner__ = owner
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = {}
    globals_ = getattr(sys.modules.get(cls.__module__), "__dict__", None) or {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))
    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            base_frozen = base.__dict__[_PARAMS].frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            any_frozen_base = any_frozen_base or base_frozen
            all_frozen_bases = all_frozen_bases and base_frozen

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    seen_kw_only = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation):
            if seen_kw_only:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            seen_kw_only = True
            kw_only = True
        else:
            own_fields.append(_get_field(cls, name, annotation, kw_only))
    for f in own_fields:
        all_fields[f.name] = f
        # a field() left as the class attribute gives way to the plain default, if any
        current = getattr(cls, f.name, None)
        if isinstance(current, Field):
            if f.default is not MISSING:
                setattr(cls, f.name, f.default)
            else:
                delattr(cls, f.name)
    for attr, val in cls.__dict__.items():
        if isinstance(val, Field) and attr not in annotations:
            raise TypeError(f"{attr!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if frozen and all_frozen_bases is False:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    std_init = [f for f in init_fields if f.init and not f.kw_only]
    kw_init = [f for f in init_fields if f.init and f.kw_only]

    m = _Methods()
    if init:
        _add_init(m, cls, init_fields, std_init, kw_init, frozen, hasattr(cls, _POST_INIT_NAME))
    hashed = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
    hash_action = None
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        hash_action = "add"
    elif eq and frozen:
        if not has_explicit_hash:
            hash_action = "add"
    elif eq:
        if not has_explicit_hash:
            hash_action = "none"

    # only __init__ is compiled from source (its signature gives CPython's argument
    # errors); the other methods are closures over the field names, which costs no
    # compilation at class creation
    made = m.make(cls, globals_)
    if init:
        _set_new_attribute(cls, "__init__", made["__init__"])
    if repr:
        method = _repr_method(tuple(f.name for f in field_list if f.repr))
        _set_new_attribute(cls, "__repr__", _recursive_repr(_owned(cls, method)))
    compared = tuple(f.name for f in field_list if f.compare)
    if eq:
        _set_new_attribute(cls, "__eq__", _owned(cls, _eq_method(compared)))
    if order:
        for name, op in _ORDER_OPS:
            if _set_new_attribute(cls, name, _owned(cls, _order_method(compared, op, name))):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}"
                                " Consider using functools.total_ordering")
    if frozen:
        names = frozenset(f.name for f in field_list)
        for method in _frozen_methods(cls, names):
            if _set_new_attribute(cls, method.__name__, _owned(cls, method)):
                raise TypeError(f"Cannot overwrite attribute {method.__name__} in class "
                                f"{cls.__name__}")
    if hash_action == "add":
        cls.__hash__ = _owned(cls, _hash_method(tuple(hashed)))
    elif hash_action == "none":
        cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(init_fields, std_init, kw_init)
        except (TypeError, ValueError):
            cls.__doc__ = ""
    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init))
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    _set_new_attribute(cls, "__replace__", _replace)
    abc = sys.modules.get("abc")
    if abc is not None and hasattr(abc, "update_abstractmethods"):
        abc.update_abstractmethods(cls)
    return cls


def _format_annotation(annotation):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type) and not isinstance(annotation, type(list[int])):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    if isinstance(annotation, type(list[int])):
        return str(annotation)
    return repr(annotation)


def _signature_text(init_fields, std_init, kw_init):
    def param(f):
        text = f"{f.name}: {_format_annotation(f.type)}"
        if f.default_factory is not MISSING:
            return text + " = <factory>"
        if f.default is not MISSING:
            return text + f" = {f.default!r}"
        return text
    params = [param(f) for f in std_init]
    if kw_init:
        params.append("*")
        params += [param(f) for f in kw_init]
    return "(" + ", ".join(params) + ")"


def _add_slots(cls, frozen, weakref_slot):
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        for slot in base.__dict__.get("__slots__", ()):
            inherited.add(slot)
        if "__weakref__" in base.__dict__:
            inherited.add("__weakref__")
    slots = [n for n in names if n not in inherited]
    if weakref_slot and "__weakref__" not in inherited:
        slots.append("__weakref__")
    ns["__slots__"] = tuple(slots)
    for n in names:
        ns.pop(n, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if frozen:
        def __getstate__(self):
            return [getattr(self, n) for n in names]

        def __setstate__(self, state):
            for n, v in zip(names, state):
                object.__setattr__(self, n, v)
        if "__getstate__" not in ns:
            new_cls.__getstate__ = __getstate__
        if "__setstate__" not in ns:
            new_cls.__setstate__ = __setstate__
    for value in ns.values():
        owner = getattr(value, "__dataclass_owner__", None)
        if owner is not None:
            owner[0] = new_cls
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Class decorator (with or without options) that makes a class a dataclass."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


_KEYWORDS = frozenset({
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
})


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None,
                   decorator=dataclass):
    """A new dataclass named cls_name with the given fields (names, (name, type) or
    (name, type, Field) items)."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace["__annotations__"] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        namespace["__module__"] = module
    resolved = bases
    meta = type(bases[0]) if bases else type
    for base in bases:
        if issubclass(type(base), meta):
            meta = type(base)
    cls = meta(cls_name, resolved, namespace)
    return decorator(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
