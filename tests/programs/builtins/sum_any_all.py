# sum with start, any and all
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum((), 5), sum([0.1] * 10), sum([1, 2.5]), sum(range(101)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([1j, 2]))
print(sum([1e100, 1.0, -1e100]), sum([10 ** 20, 1.5]), sum(x * x for x in range(4)), sum([1, 2], start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a"])
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 2, -3]), any("abc"), all(""))
