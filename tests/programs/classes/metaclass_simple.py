# simple metaclasses
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class Child(Base):
    extra = 1
c = Child(5)
print(c.v, Child.created_by, type(Child).__name__, isinstance(Child, Meta))
class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shout(metaclass=UpperAttrs):
    greeting = "hi"
    def speak(self):
        return "speaking"
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))
class Repr(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Repr>"
class R(metaclass=Repr): pass
print(R, [R])
