# range objects: repr, len, indexing, membership
for r in (range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3)):
    print(r, len(r), list(r), bool(r))
r = range(0, 20, 3)
print(r[0], r[2], r[-1], r[-2], r.start, r.stop, r.step)
print(6 in r, 7 in r, 18 in r, 21 in r, -3 in r, 6.0 in r, "6" in r)
print(r.index(9), r.count(9), r.count(10))
try:
    r[7]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(10)
except ValueError as e:
    print("ValueError:", e)
try:
    range(0, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
