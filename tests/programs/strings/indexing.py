# indexing by code point, including characters outside the BMP
s = "a😀bé𝄞c"
print(len(s), s[0], s[1], s[2], s[3], s[4], s[5], s[-1], s[-2], s[-6])
print([c for c in s], list(reversed(s)))
print([ord(c) for c in s])
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-7]
except IndexError as e:
    print("IndexError:", e)
try:
    s["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1] = "x"
except TypeError as e:
    print("TypeError:", e)
print(s[True], "xyz"[2 ** 0])
big = "\U0010FFFF\U00010000\uFFFF"
print(len(big), [hex(ord(c)) for c in big], big[1] == chr(0x10000))
print(len("e\u0301"), "e\u0301"[0], ascii("e\u0301"[1]))
