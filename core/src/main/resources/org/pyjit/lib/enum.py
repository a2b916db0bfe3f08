"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag and their helpers (CPython 3.13's)."""

# pyjit's enum, written for pyjit. How a class becomes an enumeration:
# - EnumType.__prepare__ gives an EnumDict, which records the member names as the class
#   body assigns them (resolving auto(), member(), nonmember(), _ignore_, the reserved
#   _sunder_ names and the reuse errors);
# - EnumType.__new__ replaces each member's value by a _MemberSlot and lets type.__new__
#   run: a slot's __set_name__ (called by type.__new__ in definition order, before
#   __init_subclass__, as CPython does) makes the member and puts it in the class's maps;
# - afterwards __new__ becomes the value lookup (Enum.__new__), the member constructor is
#   kept as __new_member__, and Flag classes get their masks and boundary.

import sys

__all__ = [
    "EnumType", "EnumMeta", "EnumDict", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique", "property", "verify", "member", "nonmember", "FlagBoundary",
    "STRICT", "CONFORM", "EJECT", "KEEP", "global_flag_repr", "global_enum_repr", "global_str",
    "global_enum", "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "pickle_by_global_name",
    "pickle_by_enum_name", "show_flag_values",
]

_builtin_property = property
_MappingProxy = type(type.__dict__)

# bound to the real classes once they exist: the machinery tests against them while it
# builds them
Enum = Flag = ReprEnum = EJECT = None


class nonmember:
    """Marks a value of an enumeration's body that must not become a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Marks a value of an enumeration's body that must become a member (a function...)."""

    def __init__(self, value):
        self.value = value


_AUTO_PENDING = object()


class auto:
    """A member value chosen by the enumeration's _generate_next_value_."""

    def __init__(self, value=_AUTO_PENDING):
        self.value = value
        self._name = None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class property:
    """The enumeration's own property: `name` and `value` on members, and a member of the
    same name on the class."""

    member = None
    name = None
    clsname = None
    _descriptor = None  # a base's non-property descriptor the member's name shadows

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        if self._descriptor is not None:
            return self._descriptor.__get__(instance, ownerclass)
        raise AttributeError("%r member has no attribute %r" % (type(instance), self.name))

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("<enum %r> cannot delete attribute %r"
                             % (self.clsname, self.name))

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" \
        and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" \
        and name[-2] != "_"


def _is_private(class_name, name):
    prefix = "_" + class_name.lstrip("_") + "__"
    return name.startswith(prefix) and not name.endswith("__") and len(name) > len(prefix)


def _is_nested_class(class_name, obj):
    # a class defined in the enumeration's body is not a member (3.13)
    if not isinstance(obj, type) or class_name is None:
        return False
    qualname = getattr(obj, "__qualname__", "")
    inner = class_name + "." + getattr(obj, "__name__", "")
    return qualname == inner or qualname.endswith("." + inner)


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_lsb(num):
    # the set bits of a non-negative int, lowest first, each as its own value
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_bits_lsb(value))


def _flag_bin(num, width=None):
    # a two's-complement picture: the sign digit, a space, then the digits
    ceiling = 1 << num.bit_length()
    if num >= 0:
        text = bin(num + ceiling).replace("1", "0", 1)
    else:
        text = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if width is not None and len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return "%s %s" % (sign, digits)


_SUNDER_ALLOWED = frozenset({
    "_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
    "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_", "_add_alias_",
    "_add_value_alias_", "_value_", "_name_",
})


class EnumDict(dict):
    """The namespace of an enumeration's class body: records members as they are set."""

    def __init__(self, cls_name=None):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = cls_name

    @_builtin_property
    def member_names(self):
        return list(self._member_names)

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_ALLOWED:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use"
                                 % (key,))
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                gnv = value.__func__ if isinstance(value, staticmethod) else value
                dict.__setitem__(self, "_generate_next_value", gnv)
            elif key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) \
                    else list(value)
                self._ignore = names
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError("_ignore_ cannot specify already set names: %r"
                                     % (already,))
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) or _is_nested_class(self._cls_name, value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        dict.__setitem__(self, key, value)

    def _next_value(self, key):
        gnv = self.get("_generate_next_value")
        if gnv is None:
            gnv = Enum._generate_next_value_ if Enum is not None else _default_next_value
        return gnv(key, 1, len(self._member_names), self._last_values[:])

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            self._auto_called = True
            if value.value is _AUTO_PENDING:
                value.value = self._next_value(key)
            return value.value
        has_auto = isinstance(value, tuple) and any(isinstance(part, auto) for part in value)
        if has_auto:
            items = []
            for v in value:
                if isinstance(v, auto):
                    self._auto_called = True
                    if v.value is _AUTO_PENDING:
                        v.value = self._next_value(key)
                    v = v.value
                items.append(v)
            return tuple(items)
        return value

    def update(self, members=(), **more):
        items = members.items() if hasattr(members, "items") else members
        for k, v in items:
            self[k] = v
        for k, v in more.items():
            self[k] = v


_EnumDict = EnumDict


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    try:
        last = sorted(last_values)[-1]
    except TypeError:
        raise TypeError("unable to sort non-numeric values") from None
    try:
        return last + 1
    except TypeError:
        raise TypeError("unable to increment %r" % (last,)) from None


class _MemberSlot:
    # stands for a member in the namespace given to type.__new__; becomes the member

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, name):
        _add_member(enum_class, name, self.value)


def _add_member(enum_class, name, value):
    member_type = enum_class._member_type_
    if isinstance(value, tuple) and member_type is not tuple:
        args = value
    else:
        args = (value,)
    new = enum_class._new_member_
    if not enum_class._use_args_:
        m = new(enum_class)
    else:
        m = new(enum_class, *args)
    if not hasattr(m, "_value_"):
        if member_type is object:
            m._value_ = value
        else:
            try:
                m._value_ = member_type(*args)
            except Exception:
                m._value_ = value
    value = m._value_
    m._name_ = name
    m.__objclass__ = enum_class
    m.__init__(*args)
    m._sort_order_ = len(enum_class._member_names_)

    if Flag is not None and issubclass(enum_class, Flag) and isinstance(value, int):
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
        enum_class._all_bits_ = (1 << enum_class._flag_mask_.bit_length()) - 1

    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is None and not _hashable(value):
        for other in enum_class._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
    if canonical is not None:
        m = canonical
    elif Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
        enum_class._member_names_.append(name)

    # a member whose name a base class uses for a descriptor (Enum's name and value, a
    # method): the class gets an enum property giving the member on the class and the
    # base's attribute on instances
    shadowed = None
    for base in enum_class.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is not None and (isinstance(attr, (_builtin_property, property)) or
                                 _is_descriptor(attr)):
            shadowed = attr
            break
    if shadowed is not None:
        redirect = property(getattr(shadowed, "fget", None), getattr(shadowed, "fset", None),
                            getattr(shadowed, "fdel", None))
        redirect.member = m
        redirect.name = name
        redirect.clsname = enum_class.__name__
        if not isinstance(shadowed, (_builtin_property, property)):
            redirect._descriptor = shadowed
        type.__setattr__(enum_class, name, redirect)
    else:
        type.__setattr__(enum_class, name, m)
    enum_class._member_map_[name] = m
    try:
        enum_class._value2member_map_.setdefault(value, m)
    except TypeError:
        # an unhashable value is found later by a linear search
        unhashable = enum_class._unhashable_values_
        unhashable.append(value)


def _hashable(value):
    try:
        hash(value)
    except TypeError:
        return False
    return True


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        ns = EnumDict(cls)
        first_enum = metacls._get_mixins_(cls, bases)[1]
        if first_enum is not None:
            gnv = getattr(first_enum, "_generate_next_value_", None)
            if gnv is not None:
                dict.__setitem__(ns, "_generate_next_value", gnv)
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.get("_ignore_", [])
        ignore = ignore.replace(",", " ").split() if isinstance(ignore, str) else list(ignore)
        member_names = list(getattr(classdict, "_member_names", ()))
        ns = dict(classdict)
        for key in ignore + ["_ignore_"]:
            ns.pop(key, None)
        ns.pop("_generate_next_value", None)

        mixins = metacls._get_mixins_(cls, bases)
        member_type, first_enum = mixins
        new, save_new, use_args = metacls._find_new_(ns, *mixins)

        bad = set(member_names) & {"mro", ""}
        if bad:
            raise ValueError("invalid enum member name(s) %s" % ",".join(repr(n) for n in bad))

        order = ns.pop("_order_", None)
        for name in member_names:
            ns[name] = _MemberSlot(ns[name])
        ns["_new_member_"] = new
        ns["_use_args_"] = use_args
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_unhashable_values_"] = []
        ns["_member_type_"] = member_type
        if "_value_repr_" not in ns:
            ns["_value_repr_"] = metacls._find_data_repr_(cls, bases)
        # Flag itself (made before the name Flag is bound) is the class given a boundary
        is_flag = boundary is not None or Flag is not None and any(
            issubclass(b, Flag) for b in bases)
        if is_flag:
            ns["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            ns["_flag_mask_"] = 0
            ns["_singles_mask_"] = 0
            ns["_all_bits_"] = 0
            ns["_inverted_"] = None

        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)

        own = set(ns)  # the methods below are not replaced when the class has them
        if ReprEnum in bases and ReprEnum is not None:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e."
                                " int, str, float, etc.)")
            if "__format__" not in own:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
                own.add("__format__")
            if "__str__" not in own:
                own.add("__str__")
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, "__str__", method)
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in own:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))

        if is_flag and Flag is not None:
            # a data type's operators (int's |) come first in the MRO: Flag's must win
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                       "__invert__"):
                if op not in ns:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])

        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, "__new_member__", new)
            type.__setattr__(enum_class, "__new__", Enum.__new__)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, order))

        if is_flag:
            metacls._finish_flag_(enum_class)
        return enum_class

    @staticmethod
    def _finish_flag_(enum_class):
        boundary = enum_class._boundary_
        values = [m._value_ for m in enum_class._member_map_.values()]
        if boundary is not KEEP:
            missing = 0
            for v in values:
                if isinstance(v, int) and v & ~enum_class._singles_mask_:
                    missing |= v & ~enum_class._singles_mask_
            # multi-bit values with bits no single member names are allowed (CPython
            # only checks this under verify(NAMED_FLAGS)); the mask keeps them
        single_order = [enum_class._member_map_[n]._value_ for n in enum_class._member_names_]
        if single_order != sorted(single_order):
            type.__setattr__(enum_class, "_iter_member_", enum_class._iter_member_by_def_)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if cls._member_map_:
            if names is not None:
                value = (value, names) + values
            else:
                try:  # the common case without a second call: a member's value
                    return cls._value2member_map_[value]
                except (KeyError, TypeError):
                    pass
            return cls.__new__(cls, value)
        if names is None and type is None:
            raise TypeError("%r has no members; specify `names=()` if you meant to create a"
                            " new, empty, enum" % (cls,))
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__",
                 "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if object.__new__ is not cls._new_member_:
            names.add("__new__")
        names.add("__init_subclass__")  # (CPython compares bound methods by identity)
        if cls._member_type_ is object:
            return sorted(names)
        return sorted(set(dir(cls._member_type_)) | names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        members = cls._member_map_
        return (members[label] for label in cls._member_names_)

    def __reversed__(cls):
        members = cls._member_map_
        return (members[label] for label in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return f"<{kind} {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = cls._get_mixins_(class_name, bases)[1]
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        bare = isinstance(names, (tuple, list)) and len(names) > 0 and isinstance(names[0], str)
        if bare:
            # only names: the values come from _generate_next_value_, one after the other
            made = []
            for position, label in enumerate(names):
                earlier = [v for _, v in made]
                made.append((label, first_enum._generate_next_value_(label, start, position,
                                                                     earlier)))
            names = made
        elif names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (KeyError, ValueError, AttributeError):
                module = None  # no caller frame to take it from
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        made = metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)
        return made

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for base in (c for b in bases for c in b.__mro__):
            if isinstance(base, EnumType) and len(base._member_names_) > 0:
                raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        data_type = mcls._find_data_type_(class_name, bases)
        return (data_type if data_type else object), last

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if "__repr__" in base.__dict__:
                    if "__dataclass_fields__" in base.__dict__ and \
                            "__dataclass_params__" in base.__dict__ and \
                            base.__dataclass_params__.repr:
                        return _dataclass_repr
                    return base.__dict__["__repr__"]
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.append(base._member_type_)
                        break
                elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                    found.append(candidate or base)
                    break
                else:
                    candidate = candidate or base
        unique_types = []
        for t in found:
            if t not in unique_types:
                unique_types.append(t)
        if len(unique_types) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, set(unique_types)))
        return unique_types[0] if unique_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get("__new__")
        save_new = first_enum is not None and new is not None
        if new is None:
            for method in ("__new_member__", "__new__"):
                for possible in [member_type, first_enum]:
                    target = getattr(possible, method, None)
                    if target not in (None, None.__new__, object.__new__) and (
                            Enum is None or target is not Enum.__new__):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = new is not object.__new__
        return new, save_new, use_args


def _dataclass_repr(self):
    # a dataclass mixin's value shows as its fields, without the class name
    fields = self.__dataclass_fields__
    return ", ".join("%s=%r" % (name, getattr(self, name))
                     for name, f in fields.items() if f.repr)


EnumMeta = EnumType


def _refuse(verb, attr):
    # the setter or deleter of Enum's name and value: CPython's message
    def refuse(self, *value):
        raise AttributeError("<enum 'Enum'> cannot %s attribute %r" % (verb, attr))
    return refuse


class Enum(metaclass=EnumType):
    """The base of enumerations: a fixed set of named, unique members."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        error = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            error = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                    and isinstance(result, int):
                return result
            invalid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            if result is None and error is None:
                raise invalid
            if error is None:
                error = TypeError("error in %s._missing_: returned %r instead of None or a"
                                  " valid member" % (cls.__name__, result))
            if not isinstance(error, ValueError):
                error.__context__ = invalid
            raise error
        finally:
            error = None
            invalid = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = type(self)._value_repr_ or repr
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        text = str(self)
        return str.__format__(text, format_spec)

    def __dir__(self):
        cls = type(self)
        if cls._member_type_ is object:
            names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name",
                     "value"}
        else:
            names = set(object.__dir__(self))
        for name in getattr(self, "__dict__", ()):
            if name[0] != "_" and name not in cls._member_map_:
                names.add(name)
        for klass in cls.__mro__:
            for name, obj in klass.__dict__.items():
                if name[0] == "_":
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in cls._member_map_:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in cls._member_map_:
                    names.add(name)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # plain properties, which the interpreter reads without a Python-level __get__ (an
    # enum.property here made every .value cost two Python calls); the cost: reading
    # Color.name on the class gives the property where CPython raises AttributeError
    def _name_getter(self):
        return self._name_

    def _value_getter(self):
        return self._value_

    name = _builtin_property(_name_getter, _refuse("set", "name"), _refuse("delete", "name"))
    value = _builtin_property(_value_getter, _refuse("set", "value"),
                              _refuse("delete", "value"))
    del _name_getter, _value_getter


class ReprEnum(Enum):
    """An enumeration whose str() and format() are its data type's (only repr shows it)."""


class IntEnum(int, ReprEnum):
    """An enumeration of ints."""


class StrEnum(str, ReprEnum):
    """An enumeration of strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _reduce_ex_by_global_name(self, proto):
    return self.name


pickle_by_global_name = _reduce_ex_by_global_name


def pickle_by_enum_name(self, proto):
    # unpickling looks the member up by name on its class
    return getattr, (type(self), self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enumeration whose members combine with the bitwise operators."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if count == 0:
            return 1 if start is None else start
        last = last_values[-1]
        if not isinstance(last, int):
            raise TypeError("invalid flag value %r" % (last,)) from None
        return 1 << last.bit_length()

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _flag_bin(value, width),
                                    _flag_bin(flag_mask, width)))
            elif boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 1 << value.bit_length()) + value
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, boundary))
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles
        singles_part = value & singles
        if unknown and boundary is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]"
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        if singles_part or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(singles_part):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = singles_part | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            pseudo._name_ = "|".join(m._name_ for m in members)
            if not combined:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            elif unknown:
                pseudo._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        theirs = other._value_
        return theirs == theirs & self._value_

    def __iter__(self):
        for member in self._iter_member_(self._value_):
            yield member

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        value_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, value_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, value_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(~self._value_ & self._singles_mask_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


def unique(enumeration):
    """Class decorator: rejects an enumeration with aliases (two names for one value)."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ", ".join("%s -> %s" % pair for pair in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """The properties verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: checks that an enumeration has the given EnumCheck properties."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        kind = "flag" if issubclass(enumeration, Flag) else "enum"
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(n, m.name) for n, m in enumeration.__members__.items()
                           if n != m.name]
                if aliases:
                    raise ValueError("aliases found in %r: %s" % (
                        enumeration, ", ".join("%s -> %s" % pair for pair in aliases)))
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == "flag":
                    missing = [1 << i for i in range(low.bit_length() - 1,
                                                     high.bit_length())
                               if (1 << i) not in values]
                else:
                    missing = [v for v in range(low + 1, high) if v not in values]
                if missing:
                    raise ValueError("invalid %s %r: missing values %s"
                                     % (kind, name, ", ".join(str(v) for v in missing)))
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                missing_names = []
                missing_value = 0
                for alias, m in enumeration._member_map_.items():
                    if alias in member_names:
                        continue
                    value = m.value
                    if value < 0:
                        continue
                    if _is_single_bit(value):
                        continue
                    lacking = [b for b in _bits_lsb(value)
                               if b not in enumeration._value2member_map_
                               or enumeration._value2member_map_[b].name not in member_names]
                    if lacking:
                        missing_names.append(alias)
                        for b in lacking:
                            missing_value |= b
                if missing_names:
                    if len(missing_names) == 1:
                        alias = "alias %s is missing" % missing_names[0]
                    else:
                        alias = "aliases %s and %s are missing" % (
                            ", ".join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = "value 0x%x" % missing_value
                    else:
                        value = "combined values of 0x%x" % missing_value
                    raise ValueError("invalid Flag %r: %s %s [use enum.show_flag_values(value)"
                                     " for details]" % (name, alias, value))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    return "%s.%s" % (module, self._name_)


def global_flag_repr(self):
    mod = self.__class__.__module__.rpartition(".")[2]
    if self._name_ is None:
        return f"{mod}.{self.__class__.__name__}({self._value_!r})"
    if _is_single_bit(self._value_):
        return f"{mod}.{self._name_}"
    return "|".join(f"{mod}.{part}" for part in self._name_.split("|"))


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members repr as module.NAME and are put in the module's globals."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, "__repr__", global_flag_repr)
    else:
        type.__setattr__(cls, "__repr__", global_enum_repr)
    if update_str or not issubclass(cls, ReprEnum):
        type.__setattr__(cls, "__str__", global_str)
    home = sys.modules[cls.__module__]
    for label, member in cls.__members__.items():
        setattr(home, label, member)
    return cls
