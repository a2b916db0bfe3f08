# bytes and str never compare equal; mixing raises
print(b"a" == "a", "a" == b"a", b"a" != "a")
for op in ("b'a' + 'a'", "'a' + b'a'", "b'a' < 'a'", "'a'.join([b'a'])", "b''.join(['a'])", "b'a'.startswith('a')"):
    try:
        eval(op)
        print(op, "ok")
    except TypeError as e:
        print(op, "TypeError:", e)
print(str(b"a"), repr(bytearray(b"q")), bytes("abc", "ascii") == b"abc", "abc".encode() == b"abc")
