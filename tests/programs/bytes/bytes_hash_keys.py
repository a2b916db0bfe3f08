# bytes as dict keys and set members (values only; hashes are randomized)
d = {b"a": 1, b"b": 2}
d[b"a"] = 3
print(d, b"a" in d, bytearray(b"a") in [b"a"], d.get(b"c"))
s = {b"x", b"x", b"y"}
print(len(s), sorted(s))
try:
    {bytearray(b"x")}
except TypeError as e:
    print("TypeError:", e)
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""))
