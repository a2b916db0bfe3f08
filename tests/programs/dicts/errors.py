# errors from dict operations
cases = [
    lambda: {}["missing"],
    lambda: {}[("t", 1)],
    lambda: {}[[1]],
    lambda: dict(1),
    lambda: dict([1]),
    lambda: dict([(1,)]),
    lambda: {}.get(),
    lambda: {}.fromkeys(),
    lambda: {1: 2} + {3: 4},
    lambda: {}.setdefault(),
    lambda: {}.pop(),
    lambda: {}.popitem(),
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
