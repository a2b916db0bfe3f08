# encoding and decoding text
s = "héllo wörld 😀 €"
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), b.decode("utf-8") == s, s.encode("utf-8") == b)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"), "é".encode("utf-16-le"), "é".encode("utf-32-be"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe abc".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
print(ascii(b"a\xffb".decode("utf-8", "surrogateescape")), "a\udcffb".encode("utf-8", "surrogateescape"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xed\xa0\x80".decode("utf-8", "replace"))
print(str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(b"x\xff", "utf-8", "replace"))
print(bytes("é", "utf-8"), bytearray("é", "utf-8"), "€".encode("UTF8"), "€".encode("utf_8"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
