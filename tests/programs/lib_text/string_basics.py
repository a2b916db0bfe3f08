# string: constants, capwords, Template with the default pattern (and another delimiter),
# Formatter and its hooks.
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(sorted(string.__all__))

for s, sep in [("hello world", None), ("  hello   big\tworld  ", None), ("a-b-c", "-"),
               ("x--y", "-"), ("ÉCOLE élève", None), ("", None), ("one", ""), ("aBC dEF", " ")]:
    try:
        print(repr(s), repr(sep), repr(string.capwords(s, sep)))
    except ValueError as e:
        print("ValueError", e)

T = string.Template
t = T("$who likes $what; ${who}s cost $$5, $_x1 and $ALL")
print(t.template)
print(t.substitute(who="tim", what="kung pao", _x1=1, ALL="caps"))
print(t.substitute({"who": "ann", "what": "tea", "_x1": 2, "ALL": 3}))
print(t.substitute({"who": "ann", "what": "tea", "_x1": 2, "ALL": 3}, who="kw wins"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid())
for text in ["$", "abc $", "$ 5", "x\ny $1", "a\nb\nc ${", "${}", "${1x}", "$$$", "${a b}",
             "\n\n  $!", "$a$b$", "${name", "café $nom"]:
    tt = T(text)
    print(repr(text), tt.is_valid(), tt.get_identifiers(), repr(tt.safe_substitute(a=1, b=2, nom="n")))
    try:
        print(repr(tt.substitute(a=1, b=2, nom="n")))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    T("$missing here").substitute(other=1)
except KeyError as e:
    print("KeyError", e)
try:
    T("$x").substitute(None)
except TypeError as e:
    print("TypeError", e)
print(T("$x and ${y}").safe_substitute({"x": [1, 2]}))
print(T("$x").substitute(x=T("obj")) .startswith("<string.Template object"))


class Pct(string.Template):
    delimiter = "%"


p = Pct("%who owes %{amount} (100%%) %")
print(p.safe_substitute(who="joe", amount=5), p.get_identifiers(), p.is_valid())


class Multi(string.Template):
    delimiter = "<<"


print(Multi("<<a and <<<<lit <<{b} <<").safe_substitute(a="A", b="B"))
try:
    Multi("x <<").substitute()
except ValueError as e:
    print("ValueError", e)


class Doc:
    def __getitem__(self, key):
        if key.startswith("k"):
            return key.upper()
        raise KeyError(key)


print(T("$key $kite $other").safe_substitute(Doc()))

f = string.Formatter()
print(f.format("{0}, {1}, {name}!", "a", "b", name="c"))
print(f.format("{} {} {}", 1, 2, 3))
print(f.format("{0:>{1}}|{x.real:.2f}|{y[1]}|{z[k]}", "r", 5, x=3, y=[7, 8], z={"k": "v"}))
print(f.format("{!r} {!s} {!a}", "é", "é", "é"))
print(f.format("{{literal}} {0:{{}}}", "x") if False else f.format("{{literal}} {0}", "x"))
print(f.vformat("{a}-{0}", ("zero",), {"a": "A"}))
for fs in ["abc", "", "a{{b", "a}}b", "x{0}y", "{}", "{0!r}", "{a.b[c]:>{w}}", "{0:{1}{2}}",
           "{a[:!]}", "{!r}", "{:}", "{0!}", "{0!r", "{0!rr}", "{0", "{", "}", "a}", "{0:{",
           "{a{b}", "{0}}", "{{}}", "{0:}}", "{[}", "{x:{{}}}", "{0!:}", "{0!"]:
    try:
        print(repr(fs), list(f.parse(fs)))
    except ValueError as e:
        print(repr(fs), "ValueError", e)
for fs, args in [("{} {1}", (1, 2)), ("{0} {}", (1, 2)), ("{2}", (1,)), ("{a}", ()),
                 ("{0.nope}", (1,)), ("{0[5]}", ([1],)), ("{0!x}", (1,)), ("{0:{1:{2}}}", (1, 2, 3)),
                 ("{0.}", (1,)), ("{0[}", (1,)), ("{0[0]x}", ([1],)), ("{0:d}", ("s",))]:
    try:
        print(repr(fs), repr(f.format(fs, *args)))
    except Exception as e:
        print(repr(fs), type(e).__name__, e)


class Upper(string.Formatter):
    def __init__(self):
        self.seen = []

    def get_value(self, key, args, kwargs):
        self.seen.append(key)
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value) + "!"
        return super().convert_field(value, conversion)

    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) - {k for k in used if isinstance(k, int)}
        if unused:
            raise ValueError(f"unused {sorted(unused)}")


u = Upper()
print(u.format("{a} {b!u} {0:>4}", "x", b="bee"), u.seen)
try:
    u.format("{0}", 1, 2)
except ValueError as e:
    print("ValueError", e)


class Fields(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        return "[" + field_name + "]", field_name


print(Fields().format("{anything.at[all]} {0}"))
string.Formatter().format("{0} {1}", "only one")
