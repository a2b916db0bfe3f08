# match: literal, wildcard and or-patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "True"
        case None:
            return "None"
        case 2j:
            return "imaginary"
        case _:
            return f"other: {x!r}"
for v in (0, 2, -1, 1.5, "hello", b"raw", True, None, 2j, 1.0, 0.0, False, "bye", [0]):
    print(repr(v), "->", describe(v))
