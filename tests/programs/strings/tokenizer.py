# A small tokenizer and evaluator written with str methods only.
OPS = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}


class TokenError(Exception):
    def __init__(self, pos, msg):
        super().__init__(f"at {pos}: {msg}")
        self.pos = pos


def tokenize(src):
    i = 0
    out = []
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            out.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            out.append(("name", src[i:j]))
            i = j
        elif c in OPS or c in "()":
            out.append(("op", c))
            i += 1
        else:
            raise TokenError(i, f"unexpected {c!r}")
    return out


def to_rpn(tokens):
    out, stack = [], []
    for kind, val in tokens:
        if kind in ("num", "name"):
            out.append(val)
        elif val == "(":
            stack.append(val)
        elif val == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != "(" and (
                    OPS[stack[-1]] > OPS[val] or (OPS[stack[-1]] == OPS[val] and val != "^")):
                out.append(stack.pop())
            stack.append(val)
    while stack:
        out.append(stack.pop())
    return out


def evaluate(rpn, env):
    st = []
    for t in rpn:
        if isinstance(t, str) and t in OPS:
            b, a = st.pop(), st.pop()
            match t:
                case "+": st.append(a + b)
                case "-": st.append(a - b)
                case "*": st.append(a * b)
                case "/": st.append(a / b)
                case "%": st.append(a % b)
                case "^": st.append(a ** b)
        elif isinstance(t, str):
            st.append(env[t])
        else:
            st.append(t)
    return st[0]


env = {"x": 3, "y_2": 2.5, "big": 10 ** 20}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * y_2 - 1", "big % 7 + 0.5",
            "10 / 4", "7 % -3", "-7", "2 ^ 0.5", "big * big", "1.5.2", "3 $ 4", "1 / (x - 3)"]:
    try:
        toks = tokenize(src)
        rpn = to_rpn(toks)
        print(f"{src!r:>16} -> {' '.join(map(str, rpn)):<20} = {evaluate(rpn, env)!r}")
    except TokenError as e:
        print(f"{src!r:>16} !! TokenError {e} (pos {e.pos})")
    except (ValueError, IndexError, ZeroDivisionError) as e:
        print(f"{src!r:>16} !! {type(e).__name__}: {e}")

text = "The quick brown fox -- jumps over\tthe lazy dog.\nThe END"
words = [w.strip(".-").lower() for w in text.split()]
words = [w for w in words if w]
print(words)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(text.splitlines(), text.expandtabs(4).splitlines()[0])
print(text.title(), "|", text.swapcase()[:10], "|", text.casefold()[-7:])
print(text.partition("fox"), text.rpartition("The"), text.partition("zzz"))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 2), "  a  b  ".split(), "  a  b  ".rsplit(None, 1))
