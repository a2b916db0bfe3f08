# format() builtin and type dispatch
print(format(12), format(1.5), format("s"), format(1j), format(True), format(None))
print(format(12, ""), format(12.0, ""), format(12, "g"), format(12.0, "d" if False else "n"))
try:
    format(12.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(12, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    format(12, "<<<")
except ValueError as e:
    print("ValueError:", e)
try:
    format("x", "<<<")
except ValueError as e:
    print("ValueError:", e)
try:
    format([], "x")
except TypeError as e:
    print("TypeError:", e)
print(type(format(1, "")).__name__, int.__format__(5, "03"), str.__format__("a", ">3"))
print(format(1, "1000")[-5:], len(format(1, "1000")))
