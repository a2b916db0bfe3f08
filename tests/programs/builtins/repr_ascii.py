# repr and ascii
for v in ("plain", "quote'", 'dq"', "é", "😀", "\n\t", 1.0, [1, "a"], {"k": "é"}, None, b"\xff", 3j):
    print(repr(v), ascii(v))
print(repr(repr("x")), ascii("\x00\x7f\x80\xff\u0100\uffff\U00010000"))
class R:
    def __repr__(self):
        return "R<é>"
print(repr(R()), ascii(R()), ascii([R()]))
