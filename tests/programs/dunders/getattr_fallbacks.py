# __getattr__ fallbacks: proxies, records and defaults.
class Record:
    def __init__(self, **fields):
        self.__dict__["_fields"] = dict(fields)

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._fields[name] = value

    def __delattr__(self, name):
        del self._fields[name]

    def __dir__(self):
        return sorted(self._fields)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self._fields.items())
        return f"Record({inner})"


r = Record(a=1, b="two")
print(r.a, r.b, r)
r.c = [3]
print(r, dir(r), hasattr(r, "zz"), getattr(r, "zz", "default"))
del r.a
print(r)
try:
    r.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    r._x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.nope
except KeyError as e:
    print("KeyError:", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)


lst = [3, 1, 2]
p = Proxy(lst)
p.append(0)
p.sort()
print(lst, p._log, p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    calls = 0

    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        type(self).calls += 1
        if name.startswith("auto_"):
            value = name[5:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(name)


z = Lazy()
print(z.magic, z.auto_x, z.auto_x, Lazy.calls, z.__dict__)
try:
    z.other
except AttributeError as e:
    print("AttributeError:", e, e.args)


class Prop:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"fallback for {name}"


print(Prop().broken, Prop().anything)


class Chain:
    def __init__(self, path=()):
        self.path = path

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return Chain(self.path + (name,))

    def __call__(self, *args):
        return "/".join(self.path) + repr(args)


api = Chain()
print(api.users.list(1, 2), api.a.b.c())


class Plain:
    __slots__ = ("x",)


pl = Plain()
try:
    pl.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    pl.y = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().foo = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(Plain, "x", 1) or Plain.x
    print("set class slot ok", Plain.x)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(int, "from_bytes").__name__, getattr([], "append").__qualname__, delattr(r, "b"), r)
