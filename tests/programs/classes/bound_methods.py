# bound and unbound methods
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a, b = C(1), C(2)
m = a.get
print(m(), C.get(b), m.__self__ is a, m.__func__ is C.get, type(m).__name__)
print(a.get == a.get, a.get is a.get, a.get == b.get)
fs = [x.get for x in (a, b)]
a.v = 10
print([f() for f in fs])
C.get = lambda self: -self.v
print(a.get(), m())
a.get = lambda: "instance attr wins"
print(a.get(), b.get())
print(list(map(C.get, [C(5), C(6)])))
