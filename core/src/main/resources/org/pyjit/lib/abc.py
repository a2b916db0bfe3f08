"""Abstract base classes (PEP 3119): ABCMeta, ABC and the abstract decorators."""

# pyjit's abc, written for pyjit. Each class made by ABCMeta keeps its registered virtual
# subclasses and its isinstance/issubclass answers in one _AbcState (the class's _abc_impl).
# The negative answers are kept only while no register() happened anywhere since:
# _abc_token counts registrations (get_cache_token). The registry holds strong references
# (CPython's holds weak ones): registered classes live as long as the ABC.
# Instantiating a class whose __abstractmethods__ is non-empty is refused by object.__new__
# itself (the runtime's PyType.isAbstract flag, set when __abstractmethods__ is assigned).


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    # pyjit's classmethod objects are not subclassable instances yet: a plain classmethod of the
    # marked function (abstract through it) stands for one
    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return classmethod(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    # pyjit's staticmethod objects are not subclassable instances yet: a plain staticmethod of the
    # marked function (abstract through it) stands for one
    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return staticmethod(callable)


class abstractproperty(property):
    __isabstractmethod__ = True

    # as above: a property whose getter is marked abstract stands for one
    def __new__(cls, fget=None, fset=None, fdel=None, doc=None):
        if fget is not None:
            fget.__isabstractmethod__ = True
        return property(fget, fset, fdel, doc)


_abc_token = 0


def get_cache_token():
    return _abc_token


class _AbcState:
    __slots__ = ("registry", "cache", "negative", "negative_token")

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative = set()
        self.negative_token = _abc_token


def _abstract_names(cls, namespace_items, bases):
    # own abstract attributes, plus inherited abstract names the class did not make concrete
    own = {attr for attr, obj in namespace_items if _is_abstract(obj)}
    inherited = {attr for base in bases for attr in getattr(base, "__abstractmethods__", ())
                 if _is_abstract(getattr(cls, attr, None))}
    return frozenset(own | inherited)


def _is_abstract(obj):
    return getattr(obj, "__isabstractmethod__", False)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items(), bases)
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        state = cls._abc_impl
        if subclass not in state.registry:
            state.registry.append(subclass)
        global _abc_token
        _abc_token += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if state.negative_token == _abc_token and subclass in state.negative:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_token != _abc_token:
            state.negative = set()
            state.negative_token = _abc_token
        elif subclass in state.negative:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok is not True and ok is not False:
                raise AssertionError("__subclasshook__ must return either False, True, "
                                     "or NotImplemented")
            (state.cache if ok else state.negative).add(subclass)
            return ok
        if cls in subclass.__mro__:
            state.cache.add(subclass)
            return True
        for registered in state.registry:
            if issubclass(subclass, registered):
                state.cache.add(subclass)
                return True
        for sub in type.__subclasses__(cls):
            if issubclass(subclass, sub):
                state.cache.add(subclass)
                return True
        state.negative.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        state = cls._abc_impl
        for line in (f"Class: {cls.__module__}.{cls.__qualname__}",
                     f"Inv. counter: {get_cache_token()}"):
            print(line, file=file)
        print(f"_abc_registry: {set(state.registry)!r}", file=file)
        print(f"_abc_cache: {state.cache!r}", file=file)
        print(f"_abc_negative_cache: {state.negative!r}", file=file)
        print(f"_abc_negative_cache_version: {state.negative_token!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        state = cls._abc_impl
        state.cache.clear()
        state.negative.clear()


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__.items(), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()
