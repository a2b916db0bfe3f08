# Special methods returning the wrong types, raising, or set to None; __class__ that lies to isinstance.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class BF:
    def __format__(self, spec): return 5
t(lambda: format(BF()))
t(lambda: f"{BF()}")
t(lambda: "{}".format(BF()))
class BS:
    def __str__(self): return 5
t(lambda: f"{BS()}")
t(lambda: "%s" % BS())
t(lambda: str(BS()))
t(lambda: print(BS()))
class BH:
    def __hash__(self): return "x"
t(lambda: hash(BH()))
class BH2:
    def __hash__(self): return 2**70
t(lambda: hash(BH2()) == hash(2**70))
class BI:
    def __index__(self): return "x"
t(lambda: [1][BI()])
class BL:
    def __len__(self): return 1.5
t(lambda: len(BL()))
class BB:
    def __bool__(self): return 1
t(lambda: bool(BB()))
class BC:
    def __contains__(self, x): return []
t(lambda: 1 in BC())
class BIt:
    def __iter__(self): return 5
t(lambda: iter(BIt()))
t(lambda: list(BIt()))
class BN:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(5)
t(lambda: list(BN()))
class BE:
    def __enter__(self): return 1
    def __exit__(self, *a): return "truthy"
def we():
    with BE():
        raise ValueError
    return "suppressed"
t(we)
class BInt:
    def __int__(self): return 1.5
t(lambda: int(BInt()))
class BFl:
    def __float__(self): return 1
t(lambda: float(BFl()))
class BCx:
    def __complex__(self): return 1
t(lambda: complex(BCx()))
class BRepr:
    def __repr__(self): return "ok"
t(lambda: [BRepr()])
class BDir:
    def __dir__(self): return ["b", "a"]
t(lambda: dir(BDir()))
class BDir2:
    def __dir__(self): return 5
t(lambda: dir(BDir2()))
class BGA:
    def __getattribute__(self, n): raise KeyError(n)
t(lambda: BGA().x)
t(lambda: hasattr(BGA(), "x"))
class BNeg:
    def __neg__(self): return NotImplemented
t(lambda: -BNeg())
class BCall:
    __call__ = 5
t(lambda: BCall()())
class BRound:
    def __round__(self): return "r"
t(lambda: round(BRound()))
t(lambda: round(BRound(), 2))
class BAbs:
    pass
t(lambda: abs(BAbs()))
class BInst:
    __class__ = int
t(lambda: isinstance(BInst(), int))
t(lambda: type(BInst()).__name__)
class BMiss(dict):
    def __missing__(self, k): return k.upper()
t(lambda: BMiss()["a"])
t(lambda: BMiss().get("a"))
t(lambda: "a" in BMiss())
class BSet:
    def __setattr__(self, n, v): raise AttributeError(f"frozen {n}")
def bset():
    BSet().x = 1
t(bset)
class BDel:
    def __delattr__(self, n): print("  delattr", n)
def bdel():
    o = BDel()
    del o.y
    return "deleted"
t(bdel)
class BGet:
    def __getitem__(self, k): raise KeyError(k)
t(lambda: BGet()["z"])
t(lambda: list(BGet()))
class Proxy:
    def __init__(self, target): self._t = target
    @property
    def __class__(self): return type(self._t)
t(lambda: (isinstance(Proxy(1), int), isinstance(Proxy(1), Proxy), isinstance(Proxy("s"), (float, str)), type(Proxy(1)).__name__, Proxy(1).__class__.__name__))
class Plain: pass
t(lambda: (isinstance(Plain(), int), isinstance(Plain(), Plain), isinstance(Plain(), object)))
