# The argument checks of the built-in types' __init__ called directly, of calling a special
# method's descriptor with no instance at all, and of list.sort's keyword-only arguments.


def t(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, repr(str(e)))


for s in ["list.__init__()", "[].__init__(1, 2)", "[].__init__(x=1)", "[].__init__((1, 2))",
          "set.__init__(set(), 1, 2)", "set.__init__(set(), x=1)", "set.__init__()",
          "dict.__init__({}, 1, 2)", "dict.__init__()", "object.__init__()", "int.__init__()",
          "type.__init__()", "type.__init__(int, 1, 2, 3, 4)", "type.__init__(int, 1, 2)",
          "type.__init__(int, 1)", "type.__init__(int, 'C', (), {})", "type.__call__()",
          "str.__len__()", "list.__len__()", "bytes(1, 2, 3, 4)", "bytearray(1, 2, 3, 4)",
          "bytes.__new__(bytes, 1, 2, 3, 4)"]:
    t(s)

l = [1, 2]
l.__init__("ab")
print(l)
s = {1}
s.__init__([2, 3])
print(sorted(s))


class Meta(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        cls.flag = kw


class C(metaclass=Meta):
    pass


print(C.flag)

for s in ["[].sort(1, 2, 3)", "[].sort(1)", "[].sort(key=1, reverse=1, x=1)",
          "[].sort(1, key=None)", "[].sort(1, 2, key=None)", "[].sort(x=1)"]:
    t(s)
