# bytes and bytearray methods as a user uses them.
data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\nbody"
head, _, body = data.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
method, path, version = lines[0].split()
print(method, path, version, body)
headers = {}
for line in lines[1:]:
    k, v = line.split(b":", 1)
    headers[k.strip().lower().decode()] = v.strip().decode("ascii")
print(sorted(headers.items()))
print(data.count(b"\r\n"), data.find(b"Host"), data.index(b"*"), data.rfind(b"x"), data.startswith((b"GET", b"POST")))
b = bytearray(b"hello world")
b[0] = ord("H")
b[6:11] = b"there!!"
b.extend(b"?")
b.append(33)
b.insert(0, 62)
print(b, len(b), b.pop(), b.pop(0), b)
b.remove(ord("!"))
print(b, b.upper(), b.title(), bytes(b).hex(), b.hex(":"), b.hex("-", 2))
del b[::2]
print(b, b * 2, b + b"!", b"x" in b, 104 in b"hi", b.reverse(), b)
print(bytes(5), bytes([65, 66]), bytes("é", "utf-8"), bytearray(3), bytes(range(3)), b"%d-%s-%r" % (1, b"x", b"y"))
print(b"a,b,,c".split(b","), b" a  b ".split(), b"abc".center(9, b"*"), b"42".zfill(5), b"-42".zfill(5))
print(b"Hello".swapcase(), b"hello world".capitalize(), b"  x ".strip(), b"xxaxx".strip(b"x"), b"a\tb".expandtabs(4))
print(b"abc".replace(b"b", b"BB"), b"aaa".replace(b"a", b"b", 2), b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), b"\xde\xad".hex(), list(b"\x00\x7f\x80\xff"))
print(b"abc"[1], b"abc"[1:], b"abc"[::-1], b"abc"[-1:-4:-1], bytearray(b"abc")[0:1])
print(b"caf\xc3\xa9".decode(), b"caf\xc3".decode("utf-8", "replace"), b"\xff".decode("latin-1"), "é".encode("utf-16-le"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print("é€".encode("ascii", "replace"), "é€".encode("ascii", "ignore"), "é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
print(b"a b".isalpha(), b"ab".isalpha(), b"12".isdigit(), b"Ab".istitle(), b" ".isspace(), b"".isalnum(), b"abc".islower())
print(b"x".join([b"a", bytearray(b"b"), b"c"]), bytearray(b"-").join([b"1", b"2"]), b"abc" == bytearray(b"abc"), b"a" < b"b")
print(b"abcabc".rsplit(b"b", 1), b"line1\nline2\r\n".splitlines(), b"line1\nline2\r\n".splitlines(True), b"abc".endswith(b"c", 0, 3))
print(bytes(b"abc") is not None, hash(b"") == hash(""), memoryview(b"abc")[1], bytes(memoryview(b"abc")[::2]))
try:
    bytearray(b"x")[0] = 256
except ValueError as e:
    print(e)
try:
    b"abc" + "d"
except TypeError as e:
    print(e)
try:
    bytes([300])
except ValueError as e:
    print(e)
ba = bytearray()
for i in range(5):
    ba += bytes([i * 50])
print(ba, ba.count(0), ba.find(100), ba.rindex(b"\x96"), ba.lstrip(b"\x00"), ba.ljust(7, b"."), ba.rjust(7))
