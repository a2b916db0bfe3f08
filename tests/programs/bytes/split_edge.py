# split and strip edge cases with bytes
print(b"".split(), b"".split(b","), b"a,,b".split(b","), b"a b c".split(None, 1), b"a b c".rsplit(maxsplit=1))
print(b"\x1ca\x1cb".split(), b"a\x0bb".split(), b"a\x85b".split())
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError:", e)
print(b"aXbXc".split(b"X", 1), b"abc".partition(b"z"), b"aaa".count(b""), b"ab".replace(b"", b"-"))
