# match: sequence patterns with star captures
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} in middle)"
        case (a, b, *_):
            return f"at least three starting {a}, {b}"
for s in ([], [1], (1, 2), [0, 1, 2, 3], [1, 2, 3, 4, 5, 6], (7, 8, 9), range(3), "abc", {1: 2}):
    print(repr(s), "->", shape(s))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match (1, 2):
    case [x, y]:
        print("list pattern matches a tuple:", x, y)
