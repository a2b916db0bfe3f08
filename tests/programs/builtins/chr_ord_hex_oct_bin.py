# chr, ord, hex, oct and bin
print(chr(65), chr(0x20AC), chr(128512), ord("A"), ord("€"), ord("😀"))
print(hex(255), hex(-255), hex(0), hex(2 ** 64), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0))
class I:
    def __index__(self):
        return 10
print(hex(I()), oct(I()), bin(I()))
for f, arg in ((hex, 1.5), (oct, "8"), (bin, None), (chr, 1.5), (ord, 65)):
    try:
        f(arg)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
