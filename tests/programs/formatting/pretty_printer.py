# JSON-like pretty printing with repr/str of nested containers.
def dump(obj, indent=0, step=2):
    pad = " " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        lines = []
        for k, v in obj.items():
            lines.append(f"{pad}{' ' * step}{dump_key(k)}: {dump(v, indent + step, step)}")
        return "{\n" + ",\n".join(lines) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[\n" + ",\n".join(pad + " " * step + dump(v, indent + step, step) for v in obj) + "\n" + pad + "]"
    if isinstance(obj, str):
        return quote(obj)
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float: {obj!r}")
        return repr(obj)
    if isinstance(obj, int):
        return str(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")


def dump_key(k):
    if isinstance(k, str):
        return quote(k)
    return quote(str(k))


ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def quote(s):
    out = []
    for ch in s:
        if ch in ESC:
            out.append(ESC[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            cp = ord(ch)
            if cp > 0xFFFF:
                cp -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (cp >> 10), 0xDC00 | (cp & 0x3FF)))
            else:
                out.append("\\u%04x" % cp)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


doc = {
    "name": "pyjit",
    "version": (3, 13),
    "tags": ["jit", "jvm", "x86-64"],
    "nested": {"empty_list": [], "empty": {}, "deep": [[1, [2, [3, None]]]]},
    "numbers": [0, -1, 1.5, 1e100, 1e-7, 2 ** 70, 0.1 + 0.2, True, False],
    "text": "tab\there \"quoted\" back\\slash \u00e9\u4e2d\U0001f600\x01",
    1: "int key",
}
print(dump(doc))
print(repr(doc))
print(str(doc["tags"]), str(doc["version"]), str(("a",)), str(()), repr([()]), repr((1,)))
for bad in [float("nan"), {1, 2}, float("-inf")]:
    try:
        dump({"x": bad})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = [1, 2]
r.append(r)
d = {"self": None}
d["self"] = d
d["list"] = r
print(r, d)
t = (r, [r])
print(t, str(t))
print(repr({"a": [1, {"b": (2, 3.0, "c'")}]}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\x7f\x80\xa0\u2028"))
print(ascii("é中😀"), ascii(["é"]), repr(b"\x00a'\"\xff"), repr(bytearray(b"x")))
nested = [[[[[[[]]]]]]]
print(nested, len(str(nested)))
print({1: {2: {3: {}}}}, {(1, 2): frozenset([3]), None: set()}, [set(), frozenset()])
