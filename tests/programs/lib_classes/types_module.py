# types: the runtime's own types under their names, SimpleNamespace, dynamic class creation
import sys
import types


def function():
    pass


async def coroutine():
    pass


def generator():
    yield 1


async def agen():
    yield 1


class C:
    __slots__ = ("slot",)

    def method(self):
        pass


print(type(function) is types.FunctionType, types.LambdaType is types.FunctionType)
print(type(len) is types.BuiltinFunctionType, type([].append) is types.BuiltinMethodType)
print(type(C().method) is types.MethodType, type(function.__code__) is types.CodeType)
print(type(sys) is types.ModuleType, type(sys._getframe()) is types.FrameType)
c = coroutine()
print(type(generator()) is types.GeneratorType, type(c) is types.CoroutineType, type(agen()) is types.AsyncGeneratorType)
c.close()
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e.__traceback__) is types.TracebackType)
print(type(C.__dict__) is types.MappingProxyType, type(C.__dict__["slot"]) is types.MemberDescriptorType)
print(type(type.__dict__["__name__"]) is types.GetSetDescriptorType, type(object.__init__) is types.WrapperDescriptorType)
print(type(str.join) is types.MethodDescriptorType, type((lambda x: lambda: x)(1).__closure__[0]) is types.CellType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, type(None) is types.NoneType)
print(type(int | str) is types.UnionType, type(list[int]) is types.GenericAlias, types.UnionType, types.GenericAlias)
print(types.FunctionType, types.MethodType, types.CodeType, types.CellType, types.MappingProxyType)
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.FrameType, types.TracebackType)

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b, vars(ns))
ns.c = [3]
del ns.a
print(ns, ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace())
print(types.SimpleNamespace({"x": 1}, y=2), types.SimpleNamespace([("k", "v")]), types.SimpleNamespace())
ns.self = ns
print(ns)


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=1), Sub(z=1) == types.SimpleNamespace(z=1))
for bad in (lambda: types.SimpleNamespace(1), lambda: types.SimpleNamespace({1: 2}),
            lambda: types.SimpleNamespace(1, 2)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp, repr(mp), mp["a"], len(mp), list(mp), mp.get("z", 0), "a" in mp, mp | {"c": 3})
try:
    mp["c"] = 3
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


def body(ns):
    ns["x"] = 5
    ns["double"] = lambda self: self.x * 2


K = types.new_class("K", (), {"metaclass": Meta, "flag": 1}, body)
print(K, type(K).__name__, K.x, K.prepared, K().double())
print(types.prepare_class("P", (int,)), types.prepare_class("Q", (), {"metaclass": Meta}))


class Entries:
    def __mro_entries__(self, bases):
        return (dict,)


e = Entries()
print(types.resolve_bases((int, e, str)), types.resolve_bases((int, str)))
N = types.new_class("N", (e,))
print(N.__bases__, types.get_original_bases(N) == (e,), types.get_original_bases(int))


class L(list[int]):
    pass


print(types.get_original_bases(L), L.__bases__)
try:
    types.get_original_bases(5)
except TypeError as e:
    print("TypeError:", e)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])


class Boxed:
    __class_getitem__ = classmethod(types.GenericAlias)


print(Boxed[int], Boxed[int].__origin__ is Boxed, Boxed[int, str].__args__)
bound = types.MethodType(lambda self, y: (self, y), "obj")
print(bound(2), bound.__self__)


class Dyn:
    def __init__(self):
        self._v = 1

    @types.DynamicClassAttribute
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        self._v = v


d = Dyn()
d.value = 7
print(d.value)
try:
    Dyn.value
except AttributeError:
    print("class access raises AttributeError")


@types.coroutine
def legacy():
    got = yield "step"
    return got * 2


async def uses():
    return await legacy()


co = uses()
print(co.send(None))
try:
    co.send(21)
except StopIteration as stop:
    print("result", stop.value)
print(getattr(ns, "beta", "dflt"), hasattr(ns, "b"), hasattr(ns, "beta"))
try:
    Sub().x
except AttributeError as e:
    print(e, e.name)
try:
    ns.bb
except AttributeError as e:
    print(e, e.name, e.obj is ns)
