# tuple creation, indexing and repr
t = (1, 2, 3)
print(t, (), (1,), tuple(), tuple("ab"), tuple([1, [2]]), 1, (1), ((1,),))
x = 4, 5
print(x, type(x).__name__, len(x), x[0], x[-1], x[::-1], x + t, x * 2, 5 in x)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 100), (1, "a") == (1, "a"))
print(t.count(2), t.index(3), (1, 2, 1).count(1), (1, 2, 3, 2).index(2, 2))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(t) if not n.startswith("_")))
