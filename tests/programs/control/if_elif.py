# if / elif / else chains and truthiness
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(v) for v in (-5, 0, 3, 42)])
for v in (0, 1, "", "a", [], [0], {}, None, 0.0, -0.0, 0j, set(), (), (0,), range(0)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
if not x:
    print("unreachable")
elif x:
    pass
print("done")
