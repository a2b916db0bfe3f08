# str method edge cases a user trips over.
s = "Hello, World! hello again"
print(s.split(", "), s.split("l"), s.split("l", 2), s.rsplit("l", 2), s.split(" ", 0), s.rsplit(maxsplit=1))
print("".split(), "".split(","), "   ".split(" "), "a  b".split(" "), "\n a \t b \x0b c\x1c".split())
for t in ["a\nb\r\nc\rd", "x\n", "\n\n", "", "one\x0btwo\x0cthree\x1cfour\x1dfive\x1esix\x85seven\u2028eight\u2029nine"]:
    print(t.splitlines(), t.splitlines(keepends=True))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef\tg".expandtabs(3), "x\ty\nab\tc".expandtabs(2), "\t".expandtabs(0))
for t in ["hello world", "HELLO wORLD", "they're bill's", "o'neil mcdonald-smith", "3rd place 2nd", "ǆungla ǉ", "ß straße"]:
    print(t.title(), t.capitalize(), t.swapcase(), t.casefold(), t.upper(), t.istitle())
print("abc".partition(""), ) if False else None
try:
    "abc".partition("")
except ValueError as e:
    print(e)
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".rpartition("x"))
table = str.maketrans("abc", "xyz", "d")
print(table, "abcdabcd".translate(table), "abc".translate({97: None, 98: "BB", 99: 100}))
print(str.maketrans({"a": "1", "b": None, 99: "3"}), "hello".translate(str.maketrans("lo", "01")))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(e)
print("abc".center(7, "*"), "abc".ljust(2), "abc".rjust(6, "0"), "-12".zfill(6), "+1".zfill(4), "".zfill(3), "abc".zfill(5))
print("  x  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "www.example.com".strip("cmowz."))
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"), "a,b".join("xyz"), ",".join([]))
print("abcabc".find("c"), "abcabc".rfind("c"), "abcabc".find("c", 3), "abcabc".find("c", -2, -1), "abc".find(""), "abc".rfind(""), "abc".find("", 5))
print("aaaa".count("aa"), "aaaa".count(""), "abc".count("", 1), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc".startswith("", 3), "abc".startswith("", 4), "abc"[::-1], "abcdef"[1:5:2])
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "Z" < "a")
print("one two".index("two"), "x".isidentifier(), "1x".isidentifier(), "_".isidentifier(), "def".isidentifier(), "é".isidentifier())
print("123".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), "".isdigit(), " ".isspace(), "\x1f".isspace())
print("Ab1".isalnum(), "abc".isascii(), "é".isascii(), "abc\n".isprintable(), "abc".isprintable(), "ABC".isupper(), "ABC1".isupper(), "1".islower())
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "abc".rindex("z")
except ValueError as e:
    print(e)
try:
    "x".join([1, 2])
except TypeError as e:
    print(e)
try:
    "abc".center(10, "ab")
except TypeError as e:
    print(e)
print("{} {}".format(*"ab"), "{0}{1}{0}".format("x", "y"), "{a[0]}{b.real}".format(a=[5], b=3), "{:{}}|".format("z", 4))
print("%s %s" % ("a", "b"), "%5s|%-5s|" % ("x", "y"), "%.2s" % "abcdef", "%(x)s %(x)r" % {"x": "v"}, "%3c|" % "z")
print("%d %i %u" % (3.9, -2.5, 7), "%x %X %o" % (255, 255, 8), "%#x %#o" % (255, 8), "%e %E" % (12345.678, 0.00012), "%g %G" % (1e-5, 1e20))
print("%5.1f%%" % 99.55, "%+.0f" % 2.5, "%-6d|" % 42, "%06.2f" % -1.5, "% 5d" % 42, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("a",)), ("%z", 1), ("%c", "ab"), ("%c", 0x110000)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % "a", "%a" % "é", "%s" % None, "%%s" % ())
