# __init_subclass__ hooks
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key)
class CSV(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class Nested(Json, name="nested"):
    pass
print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.serial = Counted.subclasses
class X(Counted): pass
class Y(Counted): pass
print(X.serial, Y.serial, Counted.subclasses)
