# print() to file objects written in Python: one write() per piece, flush() when asked,
# sys.stdout replaced and restored, and the pieces before a failing str() still written.
import sys


class Capture:
    def __init__(self):
        self.parts = []
        self.flushes = 0

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.flushes += 1


c = Capture()
print("to", "custom", 3, sep="-", end="!", file=c)
print(file=c)
print("x", 1.5, None, [1], sep="", file=c, flush=True)
print(c.parts, c.flushes)
old = sys.stdout
sys.stdout = c
print("captured", "line")
print("second", end="")
sys.stdout = old
print("restored", c.parts[-5:])


class Bad:
    def __str__(self):
        raise ValueError("no str")


try:
    print("before", Bad(), "after")
except ValueError as e:
    print()
    print("ValueError", e)
c2 = Capture()
try:
    print("p1", Bad(), file=c2)
except ValueError:
    print(c2.parts)


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
sys.stderr.write("to stderr\n")
print("err line", file=sys.stderr)
print("done", flush=True)
