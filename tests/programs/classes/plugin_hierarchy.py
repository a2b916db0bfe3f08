# Class hierarchies with super(), __init_subclass__, class attributes and registries.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

    def run(self):
        return f"{self.plugin_name} running"


class Csv(Plugin, name="csv"):
    def run(self):
        return super().run() + " with commas"


class Json(Plugin):
    pass


class PrettyJson(Json, name="pretty"):
    def run(self):
        return "pretty " + super().run()


print(sorted(Plugin.registry), [Plugin.registry[k]().run() for k in sorted(Plugin.registry)])
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]

    def hello(self):
        return "A"


class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
        self.trail.append("B")

    def hello(self):
        return "B>" + super().hello()


class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
        self.trail.append("C")

    def hello(self):
        return "C>" + super().hello()


class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
        self.trail.append("D")

    def hello(self):
        return "D>" + super().hello()


d = D()
print(d.trail, d.hello(), [k.__name__ for k in D.__mro__])
print(super(B, d).hello(), super(C, d).hello(), D.__bases__, issubclass(D, A), isinstance(d, C))


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        type(self).count += 1
        Shape.count += 0

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"


class Sq(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


class Circ(Shape):
    PI = 3.14159

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2


shapes = [Sq(2), Circ(1), Sq(3)]
for s in shapes:
    print(s)
print(Shape.count, Sq.count, Circ.count, Sq.__dict__.get("count"), "count" in Shape.__dict__)
try:
    print(Shape("blob"))
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()


class Mid(Base, extra=1):
    pass


class Leaf(Mid):
    def __init_subclass__(cls, **kw):
        print("Leaf hook for", cls.__name__)


class Leaf2(Leaf):
    pass


print(Leaf2.__mro__[1].__name__, Mid.__init_subclass__.__self__ is Mid)


class Animal:
    sound = "..."

    @classmethod
    def make(cls, *args):
        return cls(*args)

    @staticmethod
    def kinds():
        return [c.__name__ for c in Animal.__subclasses__()]

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


class Dog(Animal):
    sound = "woof"


class Cat(Animal):
    sound = "meow"


print(Dog.make().speak(), Cat().speak(), Animal.kinds(), Dog.kinds())
try:
    class X(Dog, Animal, Dog):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(Animal, Dog):
        pass
except TypeError as e:
    print("TypeError:", e)
print(super(Dog, Dog()).speak(), super(Dog, Dog).make().speak())
