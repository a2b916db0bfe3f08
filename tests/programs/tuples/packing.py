# tuple packing, unpacking and swapping
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([5, 3, 9])
print(lo, hi, minmax("hello"))
for i, (k, v) in enumerate([("x", 1), ("y", 2)]):
    print(i, k, v)
head, *tail = (1, 2, 3)
print(head, tail, type(tail).__name__)
t = 1,
print(t, len(t))
print((*range(3), *(9,)), tuple(x * x for x in range(4)))
