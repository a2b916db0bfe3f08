# re.error (re.PatternError) for bad patterns: CPython's messages, pos, lineno, colno;
# OverflowError and ValueError where CPython raises them.
import re

BAD = [
    "(a", "a)", "*a", "a**", "a*+*", "+", "?", "{1}", "a{3,2}", "[a", "[", "[]", "[^]",
    "[b-a]", r"[\d-z]", r"[a-\d]", r"\q", "\\", "a\\", r"\x4", r"\xg", r"\u12", r"\U0011ffff",
    r"\U1234", r"\N", r"\N{", r"\N{}", r"\N{NO SUCH NAME}", r"\777", r"[\777]", r"\8",
    r"[\8]", r"\2(a)", r"(a)\2", r"(a\1)", "(?", "(?<x", "(?<", "(?P", "(?Px", "(?P<", "(?P<>a)",
    "(?P<1a>a)", "(?P<a-b>x)", "(?P<a>x)(?P<a>y)", "(?P=x)", "(?P<a>(?P=a))", "(?P=)",
    "(?P=a", "(?#abc", "(?z)", "(?i", "(?i-", "(?-", "(?-z:a)", "(?iz)", "(?i-i:a)",
    "(?-a:x)", "(?L)a", "(?au)a", "(?a)(?u)", "a(?i)", "(?i)(?m)a", "x|(?i)y", "(?x)a#(",
    "(?<=a+)b", "(?<=a|bc)d", "(?<!a*)b", "(?<=(a)\\1)", r"(?<=\1)(a)", "(?(1)a)",
    "(?(0)a)", "(?(x)a)", "(?(1a)b)", "(a)(?(1)b|c|d)", "(?(1", "(?(2)a)(b)", "a{4294967295}",
    "(?'x)", "(?<x>a)", "(?P<x>a)(?(y)b)", "(?>a", "(?:a", "a|*", "^*", "$?", r"\A+",
    r"\b{2}", "(?=a)*", "x{2}{3}", "x{2}*", "abc\n(de", "ab\ncd\n[ef",
]

for pattern in BAD:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", str(e), "|", e.msg, e.pos, e.lineno, e.colno,
              e.pattern == pattern)
    except (OverflowError, ValueError) as e:
        print(repr(pattern), "->", type(e).__name__, e)

for pattern, flags in [(b"\\u0041", 0), (b"(?u)a", 0), ("(?L)a", 0), (b"a", re.U),
                       (b"a", re.A | re.L), ("a", re.A | re.U), (b"(?P<\xe9>a)", 0),
                       (b"\\N{DIGIT ONE}", 0), (b"[\xff-\x00]", 0)]:
    try:
        re.compile(pattern, flags)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e, e.pos)
    except ValueError as e:
        print(repr(pattern), "->", type(e).__name__, e)

print(re.error is re.PatternError, issubclass(re.error, Exception), re.error.__module__)
e = re.error("plain message")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("msg", b"ab\ncd", 4)
print(e, e.lineno, e.colno)
re.compile("(?P<name>a)(?P=nam)")
