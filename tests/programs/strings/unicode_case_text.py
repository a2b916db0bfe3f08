# String processing: format_map, % with * widths, padding with fill, splitlines, expandtabs,
# removeprefix and case mappings of non-ASCII letters.
class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"

tmpl = "Dear {title} {name}, your balance is {balance:,.2f} ({status})."
print(tmpl.format_map(Defaulting(name="Ann", balance=1234.5)))
print("{a[0]}-{a[1]} {b.real}".format_map({"a": "xy", "b": 3}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError:", e)
print("%*s|%-*s|%0*d|%.*s" % (8, "right", 8, "left", 6, -42, 3, "truncate"))
for w in (0, 1, 5, 8):
    print(repr("abc".zfill(w)), repr("-7".zfill(w)), repr("+x".zfill(w)), repr("abc".center(w, "*")),
          repr("ab".center(w, "-")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "ß")))
text = "line one\nline two\r\nline three\rfour\x0bfive\x0csix\x1cseven\x1d\x1e\x85eight\u2028nine\u2029ten\n"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(True))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef\tg".expandtabs(4), "x\ty\n\tz".expandtabs(3), repr("\t".expandtabs(0)))
for s in ["TestCase", "test_case", "Test"]:
    print(s.removeprefix("Test"), s.removesuffix("Case"), s.removeprefix(""), s.removesuffix("x"))
words = ["straße", "STRASSE", "ﬁle", "FILE", "Σίσυφος", "ΣΊΣΥΦΟΣ", "İstanbul", "ǅemal", "ŉ", "ΐ", "ꭰ", "Ⅻ", "ǈ"]
for w in words:
    print(w, w.upper(), w.lower(), w.casefold(), w.title(), w.capitalize(), w.swapcase(), len(w.upper()), w.istitle(), w.isupper(), w.islower())
print("straße".casefold() == "STRASSE".casefold(), "ﬁle".casefold() == "FILE".casefold())
print("ΌΣΟΣ ΣΑΣ Σ ΑΣ.".lower(), "ΣΑΣ1".lower(), "AΣb".lower(), "ΑΣ ".lower())
print("hello world".title(), "they're bill's friends".title(), "ǆungla".title(), "a1b2c3".title())
print("ß".upper(), "ß".capitalize(), "ﬃ".upper(), "ﬃ".title(), "ﬃx".capitalize())
print(sorted(["b", "A", "ä", "a", "Z", "é", "e"]), sorted(["b", "A", "ä", "a", "Z"], key=str.casefold))
print("x".join(["a", "b"]).partition("x"), "a.b.c".rpartition("."), "abc".partition("z"), "abc".rpartition("z"))
print("Hello".translate({ord("l"): "L", ord("o"): None, ord("H"): 0x4A}))
tbl = str.maketrans("abc", "xyz", "d")
print(sorted(tbl.items()), "abcdabcd".translate(tbl))
print(str.maketrans({"a": "1", 98: None}))
print("%c%c%c" % (72, "i", 0x1F600), "%5c|%-3c|" % ("a", "b"))
print("%s %r %a" % ("é", "é", "é"), ascii("naïve ☃ \U0001F600"), repr("\x00\x7f\x80\xa0\u00ad"))
print("  spaced  out  ".split(), "a,b,,c".split(","), "a b  c".split(" "), "1 2 3".split(maxsplit=1), "a-b-c".rsplit("-", 1))
print("café".encode(), "café".encode("latin-1"), "ä".encode("ascii", "replace"), "ä€".encode("ascii", "xmlcharrefreplace"),
      "ä".encode("ascii", "backslashreplace"), b"caf\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"))
