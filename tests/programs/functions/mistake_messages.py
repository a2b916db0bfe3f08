# The messages of common mistakes, caught and printed.
def show(fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
        print("ok:", repr(r))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

def two(a, b):
    return a + b
def kwonly(a, *, key, other=1):
    return a
def posonly(a, b, /, c):
    return a
def defaults(a, b=2, *args, c, d=4, **kw):
    return a
class K:
    def m(self, x):
        return x
    @classmethod
    def cm(cls, x):
        return x
    @staticmethod
    def sm(x):
        return x
    def __init__(self, v=0):
        self.v = v

show(two, 1, 2, 3)
show(two, 1)
show(two)
show(two, 1, 2, c=3)
show(two, 1, a=1)
show(two, 1, bb=2)
show(kwonly, 1)
show(kwonly, 1, 2)
show(kwonly, 1, 2, key=3)
show(kwonly, key=1)
show(kwonly, 1, key=2, keyy=3)
show(posonly, 1, 2)
show(posonly, a=1, b=2, c=3)
show(posonly, 1, b=2, c=3)
show(defaults)
show(defaults, 1)
show(defaults, 1, 2, 3, d=5)
show(K().m)
show(K().m, 1, 2)
show(K.m, 1)
show(K.cm)
show(K.sm, 1, 2)
show(K, 1, 2)
show(K, w=1)
show(lambda: 0, 1)
show(lambda x, y: 0, 1)
show(len)
show(len, [1], [2])
show(len, 5)
show(isinstance, 1)
show(int, "1", 2, 3)
show(int, x="1")
show(print, sepp="")
show(sorted, [3, 1], lambda x: x)
show(max)
show(max, [])
show(min, [], default=7)
show(divmod, 1)
show(getattr, 1)
show("abc".split, 1)
show("abc".find)
show([].append)
show([].append, 1, 2)
show({}.get)
show(dict, 1)
show(dict, [1])
show(dict, [(1, 2, 3)])
show(list, 1, 2)
show(range)
show(range, 1, 2, 3, 4)
show(range, 1, 2, 0)
show(zip, 1)
show(enumerate, 5)
show(iter, 5)
show(next, iter([]))
show(next, 5)
show(hash, [])
show(hash, {})
show(set, [[1]])
show(frozenset, [{}])
show(lambda: {[]: 1})
show(lambda: {1: 2}[[1]])
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: None + 1)
show(lambda: 1 < "a")
show(lambda: [] < {})
show(lambda: -"a")
show(lambda: ~1.5)
show(lambda: "a" * 1.5)
show(lambda: [1] * [2])
show(lambda: 1 @ 2)
five, none, text, fn = 5, None, "str", lambda: 0
show(lambda: five[0])
show(lambda: none[0])
show(lambda: len[0])
show(lambda: fn[0])
show(lambda: five())
show(lambda: text())
show(lambda: none())
show(lambda: [1, 2][5])
show(lambda: [][0])
show(lambda: (1,)[-3])
show(lambda: "ab"[9])
show(lambda: range(3)[3])
show(lambda: {}["key"])
show(lambda: {}[(1, "a")])
show(lambda: {}[""])
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(1, 0))
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0)
show(lambda: divmod(1.5, 0))
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
show(lambda: int("abc"))
show(lambda: int("12", 2))
show(lambda: int(""))
show(lambda: int("1.5"))
show(lambda: float("abc"))
show(lambda: float(""))
show(lambda: int(" "))
