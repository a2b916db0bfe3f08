# tuple-related errors and messages
cases = [
    lambda: tuple(5),
    lambda: (1, 2) + [3],
    lambda: (1,) * "a",
    lambda: (1, 2).index(),
    lambda: tuple([1], [2]),
    lambda: (1, 2)[str("a")],
    lambda: hash(([],)),
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
