# errors raised by str.format
cases = [
    ("{}", ()),
    ("{0} {}", (1, 2)),
    ("{} {0}", (1, 2)),
    ("{2}", (1,)),
    ("{x}", ()),
    ("{", (1,)),
    ("}", (1,)),
    ("{0!x}", (1,)),
    ("{0:d}", ("s",)),
    ("{0.nope}", (1,)),
    ("{0[5]}", ([1],)),
    ("{0:.3d}", (5,)),
]
for fmt, args in cases:
    try:
        print(fmt.format(*args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
