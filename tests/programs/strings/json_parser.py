# A recursive-descent JSON parser and serializer, with error positions.
class JSONError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


class Parser:
    WS = " \t\n\r"

    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, msg):
        raise JSONError(msg, self.i)

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in self.WS:
            self.i += 1

    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            self.error("trailing data")
        return v

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("unexpected end")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i:self.i + 1] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i:self.i + 1] != '"':
                self.error("expected key")
            k = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ":":
                self.error("expected ':'")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                self.i -= 1
                self.error("expected ',' or '}'")

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i:self.i + 1] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                self.i -= 1
                self.error("expected ',' or ']'")

    ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def string(self):
        self.i += 1
        buf = []
        while True:
            if self.i >= len(self.s):
                self.error("unterminated string")
            c = self.s[self.i]
            self.i += 1
            if c == '"':
                return "".join(buf)
            if c == "\\":
                e = self.s[self.i]
                self.i += 1
                if e == "u":
                    cp = int(self.s[self.i:self.i + 4], 16)
                    self.i += 4
                    if 0xD800 <= cp < 0xDC00 and self.s[self.i:self.i + 2] == "\\u":
                        lo = int(self.s[self.i + 2:self.i + 6], 16)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00)
                        self.i += 6
                    buf.append(chr(cp))
                elif e in self.ESC:
                    buf.append(self.ESC[e])
                else:
                    self.error(f"bad escape \\{e}")
            else:
                buf.append(c)

    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            self.error(f"unexpected {self.s[self.i]!r}")
        try:
            return int(text) if text.lstrip("-").isdigit() else float(text)
        except ValueError:
            self.i = start
            self.error(f"bad number {text!r}")


def dumps(v, indent=None, level=0):
    nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{" + sep.join(f"{nl}{dumps(str(k))}: {dumps(x, indent, level + 1)}" for k, x in v.items()) + end + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[" + sep.join(nl + dumps(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, str):
        return '"' + "".join(
            {"\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t"}.get(c, c if 32 <= ord(c) < 127 else f"\\u{ord(c):04x}" if ord(c) < 0x10000 else "\\u%04x\\u%04x" % (0xD800 + ((ord(c) - 0x10000) >> 10), 0xDC00 + ((ord(c) - 0x10000) & 0x3FF)))
            for c in v) + '"'
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    return repr(v)


doc = '''{"name": "pyjit", "tags": ["jit", "jvm"], "version": [3, 13, 0],
  "ratio": 0.125, "big": 123456789012345678901234567890, "exp": 1.5e-7, "neg": -0.0,
  "nested": {"a": {"b": {"c": [true, false, null, []]}}, "empty": {}},
  "text": "line\\nnext \\"quoted\\" \\u00e9 \\ud83d\\ude00 tab\\t"}'''
v = Parser(doc).parse()
print(v)
print(dumps(v))
print(dumps(v, indent=2))
print(Parser(dumps(v)).parse() == v)
for bad in ['{"a" 1}', '[1, 2', '[1 2]', '{"a": tru}', '"abc', '[1.2.3]', '{"x": [}', '"\\q"', '{} x', '']:
    try:
        print(Parser(bad).parse())
    except JSONError as e:
        print(f"{bad!r:>12}: {e} (pos={e.pos})", isinstance(e, ValueError))
