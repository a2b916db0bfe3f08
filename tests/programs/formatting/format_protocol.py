# __format__ and format() on user classes
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money"

m = Money(12345)
print(format(m), format(m, "c"), format(m, ">12,.1f"))
print(f"{m}", f"{m:c}", f"{m!s}", "{:c} {}".format(m, m), "%s" % m)

class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()!s:>10}", f"{Plain()!s:*<8}")
try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)
print(format(None), format(None, ""), format([1], ""), format((1, 2)))
print(object.__format__(Plain(), ""))
