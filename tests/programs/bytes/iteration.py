# iterating bytes and bytearray yields ints
for i, v in enumerate(b"AZaz09"):
    print(i, v, chr(v), bytes([v]))
print(list(bytearray(b"hi")), tuple(b"ok"), set(b"aab") == {97, 98}, dict.fromkeys(b"ab"))
print(bytes(x + 1 for x in b"HAL"), bytearray(reversed(b"abc")), bytes(map(lambda c: c ^ 32, b"Hello")))
it = iter(b"xy")
print(next(it), next(it), next(it, None))
