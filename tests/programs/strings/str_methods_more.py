# Every str method on ASCII, non-ASCII and non-BMP text: indexes count code points,
# case mappings are full (multi-character) and context-sensitive (final sigma).


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "=>", type(e).__name__, e)


# case mappings
for s in ["hello world", "ß straße", "ﬁsh ﬂy", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul",
          "ǆemal ǅ", "ŉ ǰ ΐ", "ᾳ ᾀ ᾲ", "they're bill's", "o'neil mc2x 3rd",
          "ABC def GhI", "ꭰꭱ ᏸ", "ı I i", "µ ſ ẞ", "a\u0301b \U00010428\U00010400"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()))
    print("   ", repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
print("ΣΑΣ.".lower(), "Σ".lower(), "aΣ".lower(), "aΣb".lower(), "aΣ'".lower(), "a'Σ".lower())
print("ΑΣ Σ ΣΑ".lower(), "A\u0301Σ".lower(), "Σ\u0301".lower())

# predicates
for s in ["", "abc", "ABC", "Abc Def", "Abc def", "ǅa", "123", "١٢٣", "²", "½", "Ⅻ",
          "一二", "a1", " \t\n", "\u3000\x85", "\x1c", "hello!", "_x1", "1x", "été",
          "\u200b", "\U0001F600", "x\u200dy", "ℌ", "ǈ", "ᾈ"]:
    flags = []
    for name in ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace",
                 "islower", "isupper", "istitle", "isidentifier", "isprintable", "isascii"]:
        flags.append("T" if getattr(s, name)() else ".")
    print(repr(s).ljust(18), " ".join(flags))

# searching by code point
t = "a😀b😀c😀"
print(t.find("b"), t.find("😀", 2), t.rfind("😀"), t.rfind("😀", 0, -1), t.index("c"))
print(t.count("😀"), t.count("😀", 2), t.count(""), t.count("", 3, 4), t.count("", 7))
print(t.startswith("b", 2), t.endswith("c", 0, 5), t.startswith(("x", "a😀")),
      t.endswith(("😀",), -1), t.startswith("", 6), t.startswith("", 7))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".rfind("", 1, 2))
print("abcabc".find("c", -2), "abcabc".find("a", -100, -3), "abcabc".rfind("a", 2**70))
show("index", lambda: t.index("x"))
show("rindex", lambda: t.rindex("a", 1))

# padding
for w in [0, 5, 6, 7, 8]:
    print(repr("ab".center(w, "*")), repr("abc".center(w)), repr("😀".ljust(w, "é")),
          repr("😀".rjust(w, "😀")))
print("42".zfill(5), "-42".zfill(5), "+x".zfill(4), "".zfill(3), "--".zfill(4), "é".zfill(3))

# strip
print(repr(" \t x \n\x0b".strip()), repr("xxhixx".strip("x")), repr("😀a😀".strip("😀")),
      repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")), repr("\u3000a\u2028".strip()),
      repr("  a ".lstrip(None)), repr("ab".strip("")))

# replace
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2),
      "😀😀".replace("", "|"), "abc".replace("b", ""), "aaaa".replace("aa", "a"),
      "abc".replace("x", "y"), "abc".replace("a", "z", 0), "abc".replace("a", "z", -5),
      "ab".replace("", "-", count=1))

# split and rsplit
print("  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1), "a,b,,c".split(","),
      "a,b,,c".rsplit(",", 2), "a b".split(maxsplit=0), "  a b ".split(maxsplit=0),
      "  a b ".rsplit(maxsplit=0), "".split(","), "".split(), "\u3000a\x1cb\x85c".split())
print("a😀b😀c".split("😀"), "a😀b😀c".rsplit("😀", 1), "xx".split("x"), "abc".split(sep="b"))
print("1<>2<>3".rsplit("<>", maxsplit=1), "aaa".split("aa"), "aaa".rsplit("aa"))

# splitlines
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
print("a\r\n\nb\n".splitlines(True), "".splitlines(), "\n".splitlines(keepends=True),
      "x\r".splitlines(), "\r\r\n".splitlines(keepends=1))

# partition
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"),
      "abc".rpartition("x"), "😀x😀".partition("x"))

# expandtabs
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)),
      repr("ab\n\tc\r\td".expandtabs(3)), repr("\ta".expandtabs(0)),
      repr("\ta".expandtabs(-1)), repr("😀\tx".expandtabs(tabsize=4)))

# removeprefix / removesuffix
print("prefix-x".removeprefix("prefix-"), "x".removeprefix(""), "abc".removesuffix("bc"),
      "abc".removesuffix(""), "abc".removesuffix("abcd"))

# join
print("-".join(["a", "b"]), "".join(("x", "y")), "😀".join("abc"), ",".join([]),
      ", ".join({"k1": 1, "k2": 2}), "+".join(iter(["p", "q"])))
show("join", lambda: "-".join(["a", 1]))
show("join", lambda: "-".join(["a", "b", None]))

# translate and maketrans
tbl = str.maketrans("abc", "xyz", "d")
print(sorted(tbl.items()))
print("abcdd-e".translate(tbl), "abc".translate({97: "AA", 98: None}),
      "😀a".translate({0x1F600: "smile", 97: 0x1F600}), "abc".translate([]),
      "abc".translate(["0", "1"]))
print(sorted(str.maketrans({"a": 1, 98: "x", "😀": None}).items()))
show("translate", lambda: "a".translate({97: 1.5}))

# format and format_map basics
print("{} {}".format("a", "b"), "{1}{0}".format("a", "b"), "{x}{y}".format(x=1, y=2))
print("{0:>{1}}|".format("r", 4), "{:{}{}}|".format("c", "^", 5))
