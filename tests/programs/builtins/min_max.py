# min and max with key and default
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "b", key=str.upper))
print(max([], default="empty"), min([], default=None), max([5], default=0), min((), key=len, default=-1))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len), max([1, 3, 3, 2], key=lambda x: x % 3))
print(max({"a": 3, "b": 5}, key={"a": 3, "b": 5}.get), min([(2, "b"), (1, "z"), (1, "a")]))
print(max(1, 2.5, True), min(-1, -1.0), max([0, -0.0]), min([-0.0, 0]))
for call in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
