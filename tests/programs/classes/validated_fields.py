# Descriptors: validated fields, lazy properties, and __set_name__.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")

    def __repr__(self):
        return f"<Field {self.name}>"


class Positive(Field):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be > 0")


class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Product:
    name = Field(str, "unnamed")
    price = Positive(float, 1.0)
    qty = Positive(int, 1)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    @Lazy
    def total(self):
        """price times quantity"""
        return self.price * self.qty


p = Product(name="pen", price=1.5, qty=4)
print(p.name, p.price, p.qty, Product._fields, Product.name, Product.total.__doc__)
print(p.total, p.total, vars(p))
q = Product()
print(q.name, q.price, q.qty)
for kw in [{"price": 3}, {"qty": 0}, {"name": 5}]:
    try:
        Product(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del p.name
except AttributeError as e:
    print("AttributeError", e)
del p.total
print(p.total)


class Ro:
    def __get__(self, obj, cls):
        return "ro value"


class NonData:
    def __get__(self, obj, cls):
        return "from descriptor"


class Holder:
    ro = Ro()
    nd = NonData()


h = Holder()
h.__dict__["nd"] = "from instance"
h.__dict__["ro"] = "instance ro"
print(h.nd, h.ro, Holder.nd, Holder.ro)
h.ro = "set"
print(h.ro, h.__dict__)


class Temperature:
    def __init__(self):
        self._c = 0.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        self._c = 0.0


t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.fahrenheit)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
try:
    Temperature().nope = property(lambda s: 1).__get__(None, None) and 1
except Exception as e:
    print(type(e).__name__)
prop = Temperature.celsius
print(type(prop).__name__, prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__, Temperature.fahrenheit.fdel)


class Meth:
    def f(self):
        return "f"


m = Meth()
bound = Meth.__dict__["f"].__get__(m, Meth)
print(bound(), bound.__self__ is m, bound.__func__ is Meth.f, Meth.__dict__["f"].__get__(None, Meth) is Meth.f)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print(sm.__get__(None, Meth)("abc"), cm.__get__(None, Meth)(), cm.__get__(m)())
