# str.format and format_map: field names (auto, index, keyword, .attr, [key]), conversions,
# nested specs, brace escapes, and the errors of the grammar with CPython's messages.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "P(" + str(self.x) + ", " + str(self.y) + ")"

    def __str__(self):
        return "<" + str(self.x) + "," + str(self.y) + ">"

    def __format__(self, spec):
        return "P[" + spec + "]"


class Seq:
    def __getitem__(self, k):
        return "item " + repr(k)


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "=>", type(e).__name__, e)


p = P(1, 2)
d = {"a": 1, "b": [10, 20], "0": "str zero", 0: "int zero", "-1": "neg"}
show("auto", lambda: "{}-{}-{}".format(1, "two", 3.0))
show("index", lambda: "{2}{1}{0}{1}".format("a", "b", "c"))
show("keyword", lambda: "{name}={value!r}".format(name="k", value="v"))
show("attr", lambda: "{0.x}/{0.y} {p.x}".format(p, p=p))
show("item", lambda: "{0[a]} {0[b][1]} {0[0]} {0[-1]}".format(d))
show("item list", lambda: "{0[1]} {0[-1]}".format([5, 6]) if False else "{0[1]}".format([5, 6]))
show("item seq", lambda: "{0[1]} {0[x y]} {0[-2]} {0[ 1]}".format(Seq()))
show("mixed", lambda: "{0.b[0]}".format(type("N", (), {"b": [7]})))
show("conv", lambda: "{0!r} {0!s} {0!a} {0}".format(p))
show("conv str", lambda: "{0!r:>8}|{0!s:<5}|{1!a}".format("hé", "é😀"))
show("format hook", lambda: "{0:abc} {0:} {0}".format(p))
show("nested", lambda: "{0:{1}{2}}|".format(3.14159, ".", "3"))
show("nested auto", lambda: "{:{}}|{:>{}}|".format("x", 4, "y", 3))
show("nested kw", lambda: "{v:{fill}^{w}}".format(v="m", fill="*", w=7))
show("nested named spec", lambda: "{0:{a[w]}}|".format("q", a={"w": 5}))
show("escapes", lambda: "{{}} {{{0}}} }}{{".format(9))
show("empty", lambda: "".format(1, 2, x=3))
show("no fields", lambda: "plain {{text}}".format())
show("numbers", lambda: "{:5d}|{:<8.3f}|{:^+7}|{:x}|{:,}".format(42, 2.5, 3, 255, 1234567))
show("bool none", lambda: "{} {} {:d} {!r}".format(True, None, False, None))
show("unicode", lambda: "{:😀^7}|{0:é>3}".format("ab") if False else "{:😀^7}|".format("ab"))
show("fmt digits", lambda: "{٠}".format("arabic zero"))
show("many", lambda: "{10}".format(*range(11)))

# errors
show("single }", lambda: "a } b".format())
show("single } end", lambda: "a }".format())
show("single {", lambda: "a {".format())
show("unclosed", lambda: "{0".format(1))
show("unclosed spec", lambda: "{0:>5".format(1))
show("unclosed conv", lambda: "{0!".format(1))
show("conv no close", lambda: "{0!r".format(1))
show("bad conv", lambda: "{0!x}".format(1))
show("bad conv 2", lambda: "{0!rr}".format(1))
show("bad conv char", lambda: "{0!\u00e9}".format(1))
show("brace in name", lambda: "{a{b}".format(1))
show("auto to manual", lambda: "{}{1}".format(1, 2))
show("manual to auto", lambda: "{1}{}".format(1, 2))
show("index range", lambda: "{2}".format(1, 2))
show("auto range", lambda: "{}{}".format(1))
show("no args", lambda: "{}".format())
show("missing kw", lambda: "{name}".format(nom=1))
show("missing kw2", lambda: "{x.y}".format())
show("missing attr", lambda: "{0.z}".format(p))
show("empty attr", lambda: "{0.}".format(p))
show("empty attr 2", lambda: "{0..x}".format(p))
show("empty key", lambda: "{0[]}".format(d))
show("missing ]", lambda: "{0[a}".format(d))
show("after ]", lambda: "{0[a]x}".format(d))
show("missing key", lambda: "{0[zz]}".format(d))
show("index error", lambda: "{0[5]}".format([1]))
show("not subscriptable", lambda: "{0[0]}".format(5))
show("too deep", lambda: "{0:{1:{2}}}".format(1, 2, 3))
show("bad spec", lambda: "{0:q}".format(1))
show("bad spec str", lambda: "{0:d}".format("s"))
show("bad spec obj", lambda: "{0:>5}".format(None))
show("big index", lambda: "{99999999999999999999}".format(1))
show("str format_map", lambda: "{a} {b[1]}".format_map(d))
show("format_map pos", lambda: "{}".format_map(d))
show("format_map idx", lambda: "{0}".format_map(d))
show("format_map missing", lambda: "{zz}".format_map(d))
show("format_map obj", lambda: "{k}".format_map(Seq()))
show("format_map args", lambda: "{a}".format_map(d, d))
show("format_map none", lambda: "{a}".format_map())
show("format kw only", lambda: str.format("{x}", x=5))
show("format unbound", lambda: str.format())
show("format wrong self", lambda: str.format(5))

# edge cases of the grammar
tests = [("{[0]}", ([5],), {}), ("{!r}", ("a",), {}), ("{:}", (1,), {}),
 ("{0!r:}", ("a",), {}), ("{0:}}", (1,), {}), ("{0[}", ([1],), {}), ("{{{{", (), {}), ("}}", (), {}),
 ("{ 0}", (1,), {" 0": "sp"}), ("{0 }", (1,), {"0 ": "sp2"}), ("{-1}", (1,), {"-1": "neg"}),
 ("{0[0]:{0[1]}}", (["x", 3],), {}), ("{0:{}}", (1, 2), {}), ("{:{1}}", (1, 2), {}),
 ("{0:{a}}", (1,), {"a": ">4"}), ("{0!s:{a}}", (1,), {"a": ">4"}), ("{0:{a}{b}}", (1,), {"a": ">4"}),
 ("{0:{{}}}", (1,), {}), ("{0:{}}", ("a",), {}), ("{0[a][b]}", ({"a": {"b": 2}},), {}),
 ("{0[1]x}", ([1, 2],), {}), ("{0.a.}", (1,), {}), ("{}", (), {}), ("{0:{1:{2}}}", (1, 2, 3), {}),
 ("{0!}", (1,), {}), ("{0!:}", (1,), {}), ("{!}", (1,), {}), ("{:{}}{}", ("a", 3, "b"), {}),
 ("{:{}}{2}", ("a", 3, "b"), {}), ("{:%}", (0.5,), {}), ("{a[b]!r:^{w}}", (), {"a": {"b": "q"}, "w": 7}),
 ("{0]}", (1,), {}), ("{0}}", (1,), {}), ("{0:>{1}}}", (1, 3), {}), ("{0:x{}}", (1, 2), {}),
 ("{0:{", (1,), {}), ("x{", (), {}), ("{0!r", (1,), {}), ("{0!rx", (1,), {}),
]
for t, a, k in tests:
    try:
        print(repr(t), repr(t.format(*a, **k)))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
