# set creation, membership and printing (ints only, so the order is fixed)
s = {3, 1, 2}
print(s, set(), set([5, 5, 4]), set(range(5)), {0}, len({1, 1, 1}), set((2, 1)))
print(1 in s, 9 in s, 9 not in s, s == {1, 2, 3}, s != {1}, {1, 2} == frozenset({2, 1}))
s.add(10)
s.add(1)
print(s)
s.remove(10)
s.discard(99)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
s.clear()
print(s, bool(s), bool({0}))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(type({1}).__name__, type(set()).__name__, type({}).__name__)
