# overriding special methods in subclasses of built-in types, mixins before a built-in base
class Mixin:
    def hello(self):
        return f"hello {self!r}"
class Code(Mixin, int):
    pass
c = Code(5)
print(c.hello(), c + 1, Code.__mro__)
class Key(str):
    def __hash__(self):
        return hash(self.lower())
    def __eq__(self, other):
        return self.lower() == other.lower()
d = {Key("A"): 1}
print(d[Key("a")], Key("A") == "a", Key("A") != "a", len({Key("x"), Key("X")}))
class D(dict):
    pass
print(type(D.fromkeys([1, 2])).__name__, D.fromkeys("ab", 0))
def f(**kw):
    return kw
print(f(**D(a=1)), {**D(b=2)}, dict(D(c=3)), list(D(a=1, b=2)), [*D(z=1)])
class CI(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())
ci = CI(abc=1)
print(ci["ABC"], "ABC" in ci, ci.get("ABC"), "{abc}".format_map(ci))
class Cnt(dict):
    def __missing__(self, k):
        return k * 2
cn = Cnt()
print(cn["ab"], cn.get("ab"), len(cn), cn.setdefault("q", 1), cn)
class Rev(list):
    def __iter__(self):
        return reversed(list(super().__iter__()))
r = Rev([1, 2, 3])
print(list(r), [x for x in r], sorted(r), len(r), r, sum(r), tuple(r))
class Eq(tuple):
    def __eq__(self, o):
        return True
    __hash__ = tuple.__hash__
print(Eq((1,)) == (2,), (2,) == Eq((1,)), Eq((1,)) != (2,), hash(Eq((1,))) == hash((1,)))
class L(list):
    def __eq__(self, o):
        return "custom"
print(L() == [], [] == L(), L([1]) < [2])
class Z(int):
    def __bool__(self):
        return True
print(bool(Z(0)), bool(Code(0)), not Z(0), Z(0) or "x")
class Ln(list):
    def __len__(self):
        return 99
print(len(Ln([1])), bool(Ln()), Ln([1, 2]))
