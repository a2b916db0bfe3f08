# One binary operator site sees ints, then floats, strings, big ints, bools and objects:
# whatever the interpreter specialized it for, every result must be right.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))
    def __radd__(self, other):
        return Money(other + self.cents)
    def __repr__(self):
        return f"Money({self.cents})"

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

values = [(1, 2), (3, 4), (2**62, 2**62), (-2**63, -1), (1.5, 2.25), ("ab", "cd"),
          (True, True), (10**30, 1), (Money(5), 7), (3, Money(4)), ([1], [2]), ((1,), (2,))]
for round_ in range(3):
    for a, b in values * 3:
        print(add(a, b), end=" ")
    print()
for a, b in [(5, 3), (2**63 - 1, -1), (-2**63, 1), (0.5, 0.25), (7, 2.5), (10**20, 10**19)] * 4:
    print(sub(a, b), mul(a, b), end=" | ")
print()
for i in range(40):
    x = i if i % 3 else float(i)
    print(mul(x, 3) - add(x, 1), end=" ")
print()
print(mul(3, 2**62), mul(-(2**62), 4), mul("ab", 3), mul(3, [0]))
