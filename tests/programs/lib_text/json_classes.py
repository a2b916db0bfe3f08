# JSONEncoder/JSONDecoder subclasses, iterencode's chunks, dump/load on file-like objects.
import json
import json.decoder
import json.encoder


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        return super().default(o)


def as_point(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d


text = json.dumps({"p": Point(1, 2), "ps": [Point(3, 4)]}, cls=PointEncoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=as_point)
print(type(back["p"]).__name__, back["p"].x, back["ps"][0].y)
try:
    json.dumps({"bad": object()}, cls=PointEncoder)
except TypeError as e:
    print("TypeError", e)

enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.item_separator == ",", enc.key_separator)
print(json.JSONEncoder().item_separator == ", ")
print(json.JSONEncoder(separators=(";", "=")).encode({"a": [1, 2]}))
print(list(enc.iterencode({"b": [1, {"c": None}], "a": "x", "e": [], "d": {}})))
print(list(json.JSONEncoder().iterencode([1, "two", [3.0, True], {"k": False}, None])))
print(list(json.JSONEncoder().iterencode("just a string")))
print(list(json.JSONEncoder().iterencode(5)))
print(list(json.JSONEncoder(skipkeys=True).iterencode({1j: 1, "a": 2, 3: [4]})))
print(list(json.JSONEncoder(default=lambda o: sorted(o)).iterencode({"s": {2, 1}})))
print(json.JSONEncoder(ensure_ascii=False).encode("h\u00e9llo \u2603"))
print(json.JSONEncoder().encode("h\u00e9llo \u2603"))
print(json.encoder.encode_basestring_ascii("a\"\u00e9\n"), json.encoder.encode_basestring("a\"\u00e9\n"))
print("".join(PointEncoder(indent="  ").iterencode([Point(0, 0)])))


class UpperDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.upper, **kw)

    def upper(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=UpperDecoder))
print(UpperDecoder().decode('[{"x": 1}]'))
dec = json.JSONDecoder(parse_float=lambda s: round(float(s), 1))
print(dec.decode("[1.26, 2.34]"))
print(dec.raw_decode('{"a": 1}{"b": 2}'))
dec = json.JSONDecoder(strict=False)
print(dec.decode('"tab\there"'))
print(json.decoder.JSONDecodeError is json.JSONDecodeError)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, sink)
print(sink.parts)
print("".join(sink.parts))
sink = Sink()
json.dump([1, {"z": 2, "y": 3}], sink, indent=1, sort_keys=True)
print("".join(sink.parts))


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


print(json.load(Source('{"k": [true, false]}')))
print(json.load(Source(b'[1, 2]')))
print(json.load(Source('{"a": 1.5}'), parse_float=str))
print(json.__all__)
print(sorted(n for n in dir(json) if not n.startswith("_") and n != "codecs"))
try:
    json.nosuch
except AttributeError as e:
    print("AttributeError", e)
sink = Sink()
try:
    json.dump([1, 2, object()], sink)
except TypeError as e:
    print("TypeError", e, sink.parts)
json.dump(object(), Sink())
