# membership tests on huge ranges are computed, not searched
r = range(0, 10 ** 18, 3)
print(999999999999999999 in r, 10 ** 18 - 1 in r, -3 in r, 3 in r)
print(r.index(999999999999999999), r.count(6))
neg = range(100, -100, -7)
print(2 in neg, 44 in neg, -96 in neg, neg.index(-96), len(neg))
