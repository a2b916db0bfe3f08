# A recursive-descent interpreter for arithmetic with its own error classes.
class CalcError(Exception):
    def __init__(self, msg, pos, text):
        super().__init__(msg)
        self.pos = pos
        self.text = text

    def show(self):
        return f"{self.text}\n{' ' * self.pos}^\n{type(self).__name__}: {self}"

class LexError(CalcError):
    pass

class ParseError(CalcError):
    pass

class EvalError(CalcError):
    pass

def tokenize(text):
    toks = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            s = text[i:j]
            try:
                val = int(s) if "." not in s else float(s)
            except ValueError as e:
                raise LexError(f"bad number {s!r}", i, text) from e
            toks.append(("num", val, i))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            toks.append(("name", text[i:j], i))
            i = j
        elif c in "+-*/%^()":
            toks.append(("op", c, i))
            i += 1
        else:
            raise LexError(f"unexpected character {c!r}", i, text)
    toks.append(("end", None, len(text)))
    return toks

class Parser:
    def __init__(self, text, env):
        self.text = text
        self.toks = tokenize(text)
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, val):
        t = self.take()
        if t[1] != val:
            raise ParseError(f"expected {val!r}, got {t[1]!r}", t[2], self.text)

    def parse(self):
        v = self.expr()
        t = self.peek()
        if t[0] != "end":
            raise ParseError(f"trailing {t[1]!r}", t[2], self.text)
        return v

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            t = self.take()
            r = self.factor()
            try:
                if t[1] == "*":
                    v = v * r
                elif t[1] == "/":
                    v = v / r
                else:
                    v = v % r
            except ZeroDivisionError as e:
                raise EvalError(str(e), t[2], self.text) from None
        return v

    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            t = self.take()
            exp = self.factor()
            try:
                return base ** exp
            except (OverflowError, ZeroDivisionError) as e:
                raise EvalError(f"{type(e).__name__}: {e}", t[2], self.text)
        return base

    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        t = self.take()
        if t[0] == "num":
            return t[1]
        if t[0] == "name":
            try:
                return self.env[t[1]]
            except KeyError:
                raise EvalError(f"unknown name {t[1]}", t[2], self.text)
        if t[1] == "(":
            v = self.expr()
            self.expect(")")
            return v
        raise ParseError(f"unexpected {t[1]!r}", t[2], self.text)

env = {"pi": 3.141592653589793, "x": 7, "big": 10 ** 20}
tests = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4", "7 % -3",
         "x * x - 1", "pi * 2", "big * big", "1 / 0", "5 % 0", "1.0 / 0", "2 ^ -1", "0 ^ -1",
         "1 +", "(1 + 2", "1 2", "3 $ 4", "1..2 + 3", "y + 1", "2.5 ^ 10000", ")", ""]
for src in tests:
    try:
        print(f"{src!r:>14} = {Parser(src, env).parse()!r}")
    except CalcError as e:
        print(e.show())
        print("  cause:", repr(e.__cause__), "context:", type(e.__context__).__name__,
              "suppress:", e.__suppress_context__)
        print("  mro:", [c.__name__ for c in type(e).__mro__])
