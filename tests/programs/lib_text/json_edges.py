# json edge cases: mixed-type keys with sort_keys, int digit limits, bad separators and
# indent types, unknown keywords, raw_decode past the end, BOM bytes, invalid UTF-8.
import json
for f in [lambda: json.dumps({1: 2, "a": 3}, sort_keys=True), lambda: json.loads("9" * 5000),
          lambda: json.dumps(10**5000), lambda: json.dumps([1], separators=(1, 2)),
          lambda: json.dumps([1], indent=[1]), lambda: json.loads('{"a": 1}', cls=None, bogus=1),
          lambda: json.JSONDecoder().raw_decode("[1]", 5), lambda: json.JSONDecoder().raw_decode([1]),
          lambda: json.dumps({"a": 1}, default=5, cls=json.JSONEncoder), lambda: json.loads('"\\ud83d\\ude00"'),
          lambda: json.dumps(chr(0xd83d) + chr(0xde00)), lambda: json.loads(b'\xef\xbb\xbf[1]'), lambda: json.loads(b'\xff'),
          lambda: json.dumps({"k": float("nan")}, allow_nan=False)]:
    try:
        r = f()
        print("ok", ascii(r)[:80])
    except Exception as e:
        print(type(e).__name__, str(e)[:100])


# dict subclasses whose items() is their own
class Rev(dict):
    def items(self):
        return reversed(list(super().items()))
class Bad(dict):
    def items(self):
        return [(1, 2, 3)]
class Plain(dict):
    pass
print(json.dumps(Rev(a=1, b=2, c=[Rev(x=1, y=2)])))
print(json.dumps(Rev(a=1, b=2), indent=1))
print(json.dumps(Plain(z=1, a=2), sort_keys=True))
print(list(json.JSONEncoder().iterencode(Rev(a=1, b=2))))
try:
    json.dumps(Bad(a=1))
except ValueError as e:
    print("ValueError", e)
