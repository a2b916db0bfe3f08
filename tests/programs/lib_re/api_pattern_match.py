# The Pattern and Match objects: attributes, methods, pos/endpos, reprs, equality, copies.
import re

p = re.compile(r"(?P<key>\w+)=(?P<val>\d*)")
print(p.pattern, p.flags, p.groups, p.groupindex, type(p).__name__, type(p).__module__)
print(p.groupindex["key"], list(p.groupindex), len(p.groupindex))
try:
    p.groupindex["new"] = 3
except TypeError as e:
    print("TypeError:", e)
m = p.search("  a=1 bb=22 c= ")
print(m, bool(m), type(m).__name__)
print(m.group(), m.group(0), m.group(1), m.group("val"), m.group(1, "val", 0))
print(m[0], m[1], m["key"], m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(2), m.end("key"), m.span("val"))
print(m.pos, m.endpos, m.re is p, m.string, m.lastindex, m.lastgroup, m.regs)
print(m.expand(r"\2:\1 \g<key>/\g<2> [\g<0>] \n\\"))
m2 = p.match("x=")
print(m2.groups(), m2.group(2) == "", m2.span(2))
m3 = re.match(r"(a)(b)?(?P<c>c)?", "a")
print(m3.groups(), m3.groups("?"), m3.groupdict(), m3.groupdict(0), m3.span(2), m3.start(3))
print(m3.expand(r"[\2|\g<c>]"), m3.lastindex, m3.lastgroup, m3.regs)
for bad in [3, -1, "nope", 1.5, None]:
    try:
        m3.group(bad)
    except IndexError as e:
        print("IndexError:", repr(bad), e)
for bad in [4, "x"]:
    for method in (m3.start, m3.end, m3.span):
        try:
            method(bad)
        except IndexError as e:
            print("IndexError:", method.__name__, e)
print(m3.group(True), m3[False])
print(list(p.finditer("a=1 b=2 c=3", 2)), p.findall("a=1 b=2 c=3", 1, 7))
print(p.search("a=1 b=2", 1), p.search("a=1 b=2", 2, 6), p.match("a=1", 0, 2))
print(p.search("a=1", 5), p.search("a=1", -5), p.match("a=1 b=2", 4).span(), p.fullmatch("a=1x", 0, 3))
m4 = p.search("zz a=1", -10, 99)
print(m4.pos, m4.endpos, m4.span())
print(re.compile("^a").search("ba", 1), re.compile("(?m)^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile(r"\bb").search("ab", 1), re.compile(r"(?<=a)b").search("ab", 1))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") != re.compile("b"))
print(re.compile("a") == re.compile(b"a"), re.compile("a") == "a", hash(re.compile("ab")) == hash(re.compile("ab")))
print(re.compile("q") is re.compile("q"), re.compile(p) is p)
print(p.__copy__() is p, p.__deepcopy__({}) is p, m.__copy__() is m, m.__deepcopy__({}) is m)
print(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes], isinstance(p, re.Pattern))
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(re.match("", "abc"), re.match("a", "abc", 0), re.fullmatch("abc", "abc"), re.fullmatch("ab", "abc"))
print(repr(re.match(r"\d+", "12345678901234567890" * 3)))
print(repr(re.search(r".'.", "x'\"y")), repr(re.match(rb"\x00.", b"\x00\xff")))
s = p.scanner("a=1 b=2 c")
print(s.search(), s.search(), s.search(), s.match())
s = p.scanner("a=1b=2 c=3")
print(s.match(), s.match(), s.match())
print(sorted(n for n in re.__all__))
try:
    p.match("a=1", "x")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile("a", re.LOCALE)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(3)
except TypeError as e:
    print("TypeError:", e)
re.purge()
print(re.compile("q") == re.compile("q"))
print(re.nosuch)
