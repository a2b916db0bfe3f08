# ValueError for chr() out of range
print(chr(0x10FFFF + 1))
