# float() from strings
samples = ["1", "1.", ".5", "-.5", "+1.5e3", "1E-3", "  2.5\n", "1_000.5", "1e1_0",
           "0x1p3" if False else "3.0", "00012.50", "1e400", "-1e400", "1e-400",
           "nan", "NaN", "inf", "+inf", "-Infinity", "٣.٥"]
for s in samples:
    print(repr(s), float(s))
for s in ["", "abc", "1.2.3", "1e", "_1.0", "1_.0", "1__0.0", "0x10", "in f", "1 0"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(), float(7), float(-0), float(True), float(10 ** 20), float(b"1.25"))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
