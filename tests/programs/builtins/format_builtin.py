# format() builtin with different types
print(format(3.14159, ".2f"), format(42, "08b"), format("text", "^10"), format(1234567, ","), format(0.5, "%"))
print(format(255, "x"), format(True, "d"), format(None, ""), repr(format("", "")), format(1e-7, "g"))
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F(), "abc"), format(F()), f"{F():zz}")
try:
    format(1, "Q")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
