# Bytes patterns on bytes, bytearray and memoryview subjects; str/bytes mixing errors.
import re

p = re.compile(rb"(\w+)=(\d+)")
for subject in [b"a=1 bc=23", bytearray(b"a=1 bc=23"), memoryview(b"a=1 bc=23")]:
    m = p.search(subject)
    print(type(subject).__name__, m, m.group(1), m.groups(), p.findall(subject))
    print(p.sub(rb"\2:\1", subject), p.split(subject), [x.span() for x in p.finditer(subject)])
print(re.findall(rb"[\x80-\xff]", b"\x7f\x80\xff"), re.findall(rb".", b"\x00\n\xff"))
print(re.match(rb"\w+", "café".encode()), re.match(rb"(?L)\w+", b"abc"))
print(re.search(rb"\bx\b", b"a x b"), re.search(rb"\s+", b"a \t\x0b\x0c\r\nb").span())
print(re.sub(rb"(?i)ABC", b"-", b"abcABCaBc"), re.escape(b"\x00a.b"))
print(re.compile(rb"(?P<n>a)").groupindex, re.compile(b"a", re.I).flags)
print(re.fullmatch(rb"\d+", b"123"), re.split(rb",", b"a,b"))
for pattern, subject in [("a", b"a"), (b"a", "a"), ("a", bytearray(b"a")), (b"a", 1),
                         ("a", None), ("a", ["a"])]:
    try:
        re.search(pattern, subject)
    except TypeError as e:
        print(type(pattern).__name__, type(subject).__name__, "TypeError:", e)
try:
    re.findall(b"a", "a")
except TypeError as e:
    print("TypeError:", e)
re.sub("a", "b", b"a")
