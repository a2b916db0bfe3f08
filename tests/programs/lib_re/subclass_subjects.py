# Subjects, patterns and replacements that are instances of str and bytes subclasses.
import re


class S(str):
    pass


class B(bytes):
    pass


s = S("hello world")
m = re.search(r"o (w)", s)
print(m, type(m.string).__name__, type(m.group(1)).__name__, m.string is s)
print(re.findall(r"o", s), re.sub("o", "0", s), re.split(" ", s), re.fullmatch(r"\w+ \w+", s))
print(re.search(rb"l+", B(b"hello")), type(re.compile(S("a+")).pattern).__name__)
print(re.match(S("a+"), "aa"), re.compile(S("x")) == re.compile("x"))
print(re.sub("(a)", S(r"<\1>"), "xa"), re.sub("a", lambda m: S("!"), "banana"))
print([m.span() for m in re.finditer(r"\w+", S("ab cd"))], re.escape(S("a.b")))
print(re.sub(rb"l", B(b"L"), B(b"hello")), re.findall(rb"l", bytearray(B(b"hello"))))
