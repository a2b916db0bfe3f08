# deeply nested and large tuples
t = ()
for i in range(50):
    t = (i, t)
depth = 0
cur = t
while cur:
    depth += 1
    cur = cur[1]
print(depth, t[0], t[1][0])
big = tuple(range(1000))
print(len(big), big[500], big.index(999), big.count(7), sum(big))
print(repr(tuple(range(3)) * 3))
