# json.loads: values, hooks, bytes input, JSONDecoder.raw_decode and every error message.
import json


class Pairs(dict):
    def __repr__(self):
        return "Pairs(" + dict.__repr__(self) + ")"

docs = ['{"a": [1, 2.5, -3e2, 1E+2, 0.5e-3, true, false, null], "b": {"c": "d"}}',
        ' [ ] ', '{}', '"str"', '123', '-0', '-0.0', '1e400', '-1e400', '12345678901234567890123',
        '[1,2 , 3 ,\n4\t]', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u20AC\\ud83d\\ude00"',
        '"\\ud800"', '"\\udc00\\ud800x"', '"caf\u00e9 \U0001f600"', '[NaN, Infinity, -Infinity]',
        '{"a": 1, "a": 2}', '  \n\r\t 7 \n', '[[[[[]]]]]', '{"": ""}', '0.1', '1.7976931348623157e308',
        '5e-324', '[true,false,null]']
for doc in docs:
    print(repr(doc), "->", repr(json.loads(doc)))

print(json.loads(b'{"bytes": "\xc3\xa9"}'))
print(json.loads(bytearray(b'[1, 2]')))
print(json.loads('[1]'.encode("utf-16")))
print(json.loads('[1]'.encode("utf-16-le")))
print(json.loads('[2]'.encode("utf-16-be")))
print(json.loads('[3]'.encode("utf-32")))
print(json.loads('[4]'.encode("utf-32-le")))
print(json.loads('[5]'.encode("utf-32-be")))
print(json.loads('"x"'.encode("utf-8-sig")))
print(json.loads(b'7'))
print(json.loads('{"k": "\u00e9"}'.encode("utf-16-le")))

print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": {"x": 2}}', object_pairs_hook=Pairs))
print(json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
print(json.loads('[1.5, 2, 1e3]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[1, 2.0]', parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('"a\tb"', strict=False))
print(json.loads('["\\n", "x\x01y"]', strict=False))

dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'))
print(dec.raw_decode('xx{"a": 1}yy', 2))
print(dec.raw_decode('"\U0001f600" 5', 1) if False else dec.raw_decode('"\U0001f600"5 6'))
print(dec.decode('  {"k": [null]}  '))
print(json.decoder.scanstring('"hello" world', 1))
print(json.decoder.scanstring('x"a\\nb"', 2))
try:
    dec.raw_decode('[1]', -1)
except ValueError as e:
    print("ValueError", e)

bad = ['', ' ', '[', '{', '[1', '[1,', '[1,]', '{"a"', '{"a":', '{"a":1,}', '{"a" 1}',
       '{"a":1 "b":2}', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12', '"a\\u12zz"', '"a\\uG000"',
       '"\x01"', '"a\nb"', '[1 2]', '1 2', '-', '-x', '1.', '1e', '1.5e+', 'nul', 'tru',
       'fals', '"\\', '"\\ud800\\u"', '"\\ud800\\u12zz"', '{1:2}', '[1,,2]', '{,}', '01',
       '[01]', '+1', '.5', '"\U0001f600', '["\U0001f600", x]', 'nan', 'inf', '-Infinit',
       '\ufeff[1]', '[1]\n\n  x', '{"a": 1,\n "b": tru}', "{'a': 1}", '[] []', '\n\n"abc',
       '{"a":1}}', 'TRUE', '[-]', '1.0e', '"\\u00"']
for doc in bad:
    try:
        print("parsed?", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

for obj in [1, None, [b"x"], {"a": 1}]:
    try:
        json.loads(obj)
    except TypeError as e:
        print("TypeError", e)

print(issubclass(json.JSONDecodeError, ValueError))
err = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(err, err.lineno, err.colno, err.args)
try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e).__name__, e)

deep = "[" * 200 + "]" * 200
print(len(str(json.loads(deep))))
json.loads('{"unterminated": [1, 2, 3}')
