# match: mapping patterns with **rest
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "key", "key": "q", "shift": True},
    {"type": "key", "key": "w"},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    {"type": "click", "pos": [1, 2], "extra": 0},
]
for e in events:
    print(handle(e))
