# case, strip and padding methods of bytes
b = b"Hello World 123"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"  xx  ".strip(), b"xxhixx".strip(b"x"), b"  a".lstrip(), b"a  ".rstrip(), b"\x00a\x00".strip(b"\x00"))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"42".zfill(5), b"-7".zfill(4))
print(b"a\tb".expandtabs(4), b"caf\xc3\xa9".upper(), b"\xe9".upper())
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(),
      b"ABC".isupper(), b"abc".islower(), b"Abc Def".istitle(), b"\x80".isascii(), b"".isascii())
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"a"))
