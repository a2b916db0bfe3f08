# match: as-patterns, nested or-patterns and group patterns
def f(x):
    match x:
        case (1 | 2) as small:
            return f"small {small}"
        case [("a" | "b") as letter, (int() | float()) as num]:
            return f"letter {letter}, number {num}"
        case {"k": [*_] as seq} | {"key": [*_] as seq}:
            return f"sequence under a key: {seq}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case _:
            return "no match"
for v in (1, 2, ["a", 5], ["b", 2.5], ["c", 1], {"k": [1]}, {"key": (2, 3)}, "s", b"b", 3):
    print(repr(v), "->", f(v))
