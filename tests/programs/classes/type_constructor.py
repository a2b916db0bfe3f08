# creating classes with type(name, bases, dict)
def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (), {"x": 1, "hello": hello})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), type(Dyn).__name__, Dyn.__bases__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {"y": 2, "__repr__": lambda self: "<Sub instance>"})
s = Sub()
print(s, s.x, s.y, s.hello(), isinstance(s, Dyn), Sub.__mro__)
print(type(1), type("s"), type(None), type(type), type(Sub))
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("a", "b")
except TypeError as e:
    print("TypeError:", e)
