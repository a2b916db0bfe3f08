f = lambda: 0
g = lambda x, /, y, *, z: x
h = lambda *args, **kwargs: args
i = lambda x=1, *a, y=2, **k: x
j = lambda a, b=lambda c: c: b
k = (lambda: (yield))
