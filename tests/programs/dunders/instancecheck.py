# __instancecheck__ and __subclasscheck__ on a metaclass
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Robot:
    def quack(self):
        return "beep quack"
print(isinstance(Robot(), Duck), isinstance(5, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Robot(), (int, Duck)))
