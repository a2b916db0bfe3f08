# match: builtin classes match the subject itself with one positional pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() if not v:
            return "empty string"
        case str(s):
            return f"str {s}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict({"a": a}):
            return f"dict with a={a}"
        case tuple(()):
            return "empty tuple"
        case frozenset() | set():
            return "a set"
        case _:
            return "other"
for v in (True, 7, 2.5, "", "hi", [9, 8], {"a": 1}, (), {1}, frozenset(), None, [], (1,)):
    print(repr(v), "->", kind(v))
