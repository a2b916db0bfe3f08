# Anchors, boundaries and flags (global, inline, scoped), with their reprs.
import re

text = "one two\nthree four\nfive\n"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text))
print(re.findall(r"\w+$", text, re.M))
print(re.findall(r"(?m)\w+$", text))
print(re.findall(r"\A\w+", text, re.M), re.findall(r"\w+\Z", text, re.M))
print(re.search(r"five\Z", text), re.search(r"five$", text), re.search(r"five\n\Z", text))
print(re.findall(r"\bt\w*", "the tot at bat tit"))
print(re.findall(r"\Bt\w*", "the tot at bat tit"))
print(re.findall(r"\b", "ab cd"), re.findall(r"\B", "ab cd"))
print(re.search(r"\b", ""), re.search(r"\B", ""), re.search(r"^$", ""))
print(re.findall(r"\b\w+\b", "naïve café", re.A), re.findall(r"\b\w+\b", "naïve café"))
print(re.findall(r"$", "a\nb\n"), re.findall(r"(?m)$", "a\nb\n"), re.findall(r"(?m)^", "a\nb\n"))
print(re.sub(r"(?m)^", "> ", "a\nb\n"))
print(re.match(r"(?i)ABC", "abc"), re.match(r"(?i:A)bc", "abc"), re.match(r"(?i:A)BC", "abc"))
print(re.match(r"(?i)a(?-i:B)c", "AbC"), re.match(r"(?i)a(?-i:B)c", "ABC"))
print(re.match(r"(?s:.)(.)", "\n\n"), re.match(r"(?s)a(?-s:.)", "a\n"))
print(re.match(r"(?x: a b ) c", "abc"), re.match(r"(?x: a b ) c", "ab c"))
print(re.findall(r"(?m:^x)|y$", "x\ny\nx"))
p = re.compile(r"""
    (?P<key>\w+)   # the key
    \s* = \s*      # the equals sign
    (?P<value>.*)  # the rest
""", re.VERBOSE)
print(p.match("name = pyjit").groupdict())
print(p.flags, re.compile("a").flags, re.compile(b"a").flags, re.compile("(?i)a").flags)
print(re.compile("(?imsx)a").flags == re.I | re.M | re.S | re.X | re.U)
print(re.compile("a", re.A).flags, re.compile(b"a", re.L).flags, re.compile("(?a)a").flags)
for f in [re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.I | re.M, re.I | re.S | re.X,
          re.I | 1, re.RegexFlag(0)]:
    print(repr(f), str(f), int(f), f"{f:d}", f == int(f))
print(re.I == 2, re.M == 8, re.S == 16, re.X == 64, re.A == 256, re.U == 32, re.L == 4)
print(re.IGNORECASE is re.I, re.RegexFlag.IGNORECASE == re.I, isinstance(re.I, int))
print(re.I | re.M == 10, (re.I | re.M) & re.M, re.I & 1, re.I ^ re.I)
for pat, fl in [("a", 0), ("a", re.I), ("a", re.I | re.M | re.S), (b"a", re.I), ("a", re.X | re.A),
                ("a", re.U), (b"a", re.L | re.I), ("a", re.DOTALL | re.VERBOSE), ("x" * 10, 0)]:
    print(re.compile(pat, fl))
print(repr(re.compile("a\nb'\"")), repr(re.compile(b"\x00\xff")))
print(len(repr(re.compile("y" * 300))), repr(re.compile("y" * 300))[-8:])
