# calling builtins with keyword arguments and wrong arguments
print(sorted([3, 1, 2], reverse=True), int("ff", base=16), print is print)
print(max([1, 5, 3], key=lambda x: -x), min((), default="empty"), round(number=2.567, ndigits=1))
cases = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs("x"),
    lambda: int(x=5),
    lambda: sorted([1], cmp=None),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: print(sepx=" "),
    lambda: "abc".split(sep=",", maxsplitt=1),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
