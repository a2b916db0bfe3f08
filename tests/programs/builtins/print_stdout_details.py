# print()'s options and errors, sys.stdout's methods and attributes, input() at end of input.
import sys
print("a", "b", sep=None, end=None)
print("a", "b", sep="", end="|\n")
print(*[1, 2, 3], sep=", ")
print()
print("x", file=None)
print("flush", flush=True)
n = sys.stdout.write("written\n")
print(n, sys.stdout.write(""), sys.stdout.writable() if hasattr(sys.stdout, "writable") else "-")
sys.stdout.writelines(["l1\n", "l2\n"])
print(repr(sys.stdout.name) if hasattr(sys.stdout, "name") else "-", sys.stdout.isatty())
try:
    print("a", sep=5)
except TypeError as e:
    print(e)
try:
    print("a", end=5)
except TypeError as e:
    print(e)
try:
    print("a", file=5)
except AttributeError as e:
    print("AttributeError", e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W()
print("to", "custom", 3, sep="-", end="!", file=w)
print(w.parts)
print(1, 2, file=sys.stdout, sep="\t")
print("é", "😀", "\x00", "\t|")
print(b"bytes", bytearray(b"ba"), None, ..., NotImplemented, print)
print(str(print), repr(len), repr(int), repr(object()).startswith("<object object at"))
print(sys.stdout.encoding, sys.stderr.encoding)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print(input.__doc__ is not None, type(sys.stdin).__name__)
try:
    x = input("prompt> ")
except EOFError as e:
    print("EOFError", e)
print("end")
