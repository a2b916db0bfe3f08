# __getattr__ is called only when normal lookup fails
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
class Defaults:
    x = 1
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default for {name}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Defaults()
print(d.x, d.opt_color, getattr(d, "opt_size"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class PropertyError:
    @property
    def broken(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"
print(PropertyError().broken)
