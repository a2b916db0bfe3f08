# Two int locals compared and the jump taken in one fused instruction (`while i < n:`,
# `if child >= n:`), hot on small ints, then meeting the 64-bit edges, big ints, bools,
# floats, strings, None and a class with its own comparison.


def count_below(a, b):
    if a < b:
        return "lt"
    if a >= b:
        return "ge"
    return "neither"


def walk(i, n):
    steps = 0
    while i < n:
        i += 1
        steps += 1
    return steps


class Weird:
    def __lt__(self, other):
        return "truthy string"

    def __ge__(self, other):
        return 0


print(sum(walk(0, k) for k in range(100)))
print([count_below(i, 50) for i in range(48, 52)])
edges = [0, 1, -1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, True, False, 1.5,
         float("nan"), float("inf"), -0.0]
for a in edges:
    print(repr(a), [count_below(a, b) for b in edges])
for a, b in [("a", "b"), ("b", "a"), (Weird(), 1), (1, None), ([1], [2]), ((2,), (1,))]:
    try:
        print(type(a).__name__, count_below(a, b))
    except TypeError as e:
        print("TypeError:", e)
print(walk(2**63 - 3, 2**63 + 2), walk(-2, True), walk(0.5, 3))
print(sum(walk(0, k) for k in range(100)))
