# super() forms: zero-argument, explicit, in classmethods
class A:
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def make(cls):
        return "B.make>" + super().make()
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
c = C()
print(c.f(), B().f(), C.make(), super(C, c).f(), super(B, C).make())
class Init:
    def __init__(self):
        self.trail = ["Init"]
class Mixin:
    def __init__(self):
        super().__init__()
        self.trail.append("Mixin")
class Final(Mixin, Init):
    def __init__(self):
        super().__init__()
        self.trail.append("Final")
print(Final().trail)
print(type(super(C, c)).__name__)
def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()
