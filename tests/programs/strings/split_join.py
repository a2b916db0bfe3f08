# split, rsplit and join edge cases
print("a b  c".split(), "  lead and trail  ".split(), "".split(), "   ".split())
print("a,b,,c".split(","), ",a,".split(","), "".split(","), "abc".split("abc"))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "a,b,c".split(",", 0), "a,b,c".rsplit(",", 1))
print("a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x85j\u2028k\u3000l".split())
print("a::b::c".split("::"), "aaa".split("a"), "aXbXc".split("X", maxsplit=1), "x".split("x"))
print("  a b  ".split(" "), "a b".split(sep=None, maxsplit=-1))
print(" a b c ".rsplit(None, 1), " a b c ".split(None, 1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(("1",)), "x".join(["", ""]))
print("😀".join(["a", "b"]), " ".join(str(i) for i in range(5)), "".join({"k": 1}))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
print("a=1;b=2;c".partition(";"), "abc".partition("x"), "a;b;c".rpartition(";"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
