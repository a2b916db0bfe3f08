# argument errors from list methods
cases = [
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].insert(1),
    lambda: [].extend(5),
    lambda: [1, 2].index(1, "a"),
    lambda: [].sort(1),
    lambda: [1].pop("0"),
    lambda: list(1),
    lambda: list([1], [2]),
    lambda: [1, 2, 3][1:2:0],
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
