# print with sep, end, file and flush
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print()
print(sep="x")
print(1, 2.5, None, True, [1], sep=" | ")
print("x", end="END\n", flush=True)
print("to stdout explicitly", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("sep None", "end None", sep=None, end=None)
print(*range(5), sep="-")
print("multi\nline")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
print("file None", file=None)
