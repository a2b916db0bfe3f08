# strip family, padding and tabs
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("cmowz."), "mississippi".rstrip("ips"))
print(repr("\u3000\xa0text\u2003".strip()), repr("".strip()), repr("x".strip("")))
print(repr("ab".center(7, "-")), repr("ab".ljust(5)), repr("ab".rjust(5, "*")), repr("abcdef".center(3)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "-".zfill(3), "12345".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12\t\n1\t".expandtabs(3)), repr("x\r\ty".expandtabs(4)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".ljust(3, "")
except TypeError as e:
    print("TypeError:", e)
