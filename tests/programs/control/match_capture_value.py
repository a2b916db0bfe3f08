# match: capture patterns, value patterns (dotted names) and guards
class Color:
    RED = "red"
    GREEN = "green"
def check(c, limit=10):
    match c:
        case Color.RED:
            return "value pattern RED"
        case Color.GREEN if limit > 5:
            return "GREEN with guard"
        case int(n) if n > limit:
            return f"big int {n}"
        case n if isinstance(n, int):
            return f"int {n}"
        case other:
            return f"captured {other!r}"
for v in ("red", "green", 50, 5, "blue"):
    print(v, "->", check(v))
print(check("green", limit=1))
match 42:
    case x:
        pass
print("capture binds after match:", x)
