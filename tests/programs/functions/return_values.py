# returning values: None, tuples, early return
def nothing():
    pass
def explicit_none():
    return
def multi():
    return 1, "two", [3]
def early(x):
    if x < 0:
        return "negative"
    for i in range(x):
        if i * i > x:
            return i
    return "loop done"
print(nothing(), explicit_none(), multi(), early(-1), early(10), early(0), early(2))
a, b, c = multi()
print(a, b, c)
def returns_func():
    def inner():
        return "inner"
    return inner
print(returns_func()())
def conditional(flag):
    return "yes" if flag else "no"
print([conditional(x) for x in (0, 1, "", "x")])
