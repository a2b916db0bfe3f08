# enumerate and zip, including zip(strict=True)
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
print(list(zip()), list(zip([1, 2])), list(zip("ab", [1, 2, 3])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip(range(3), "xyz", [True, False, None])), dict(zip("ab", "cd")))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in (([1, 2, 3], [1, 2]), ([1], [1, 2]), ([], [0])):
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print("ValueError:", e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate("xy")
print(next(e), next(e), next(e, "done"), type(e).__name__)
z = zip([1, 2], "ab")
print(next(z), list(z), type(z).__name__)
