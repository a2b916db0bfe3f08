# chr and ord across the code space
for c in (0, 9, 65, 127, 128, 255, 256, 0x3b1, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x1f600, 0x10ffff):
    ch = chr(c)
    print(c, ascii(ch), ord(ch) == c, len(ch))
print(ord("a"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print("".join(chr(i) for i in range(97, 123)), [chr(0x41 + i) for i in range(3)])
