# getattr, setattr, hasattr and delattr
class P:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "nope", "default"), hasattr(p, "x"), hasattr(p, "nope"))
setattr(p, "y", 2)
setattr(p, "with space", 3)
print(vars(p), getattr(p, "with space"))
delattr(p, "y")
print(hasattr(p, "y"), getattr(p, "__class__").__name__)
try:
    getattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("abc", "upper")(), getattr([], "append").__name__, hasattr(1, "real"))
