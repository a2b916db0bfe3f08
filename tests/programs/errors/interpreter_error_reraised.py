# A custom error re-raised from a handler, with the original as its cause and a note.
class EvalError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg, pos)
        self.pos = pos

    def __str__(self):
        return f"{self.args[0]} at position {self.pos}"

def evaluate(tokens):
    stack = []
    for i, t in enumerate(tokens):
        if t.isdigit():
            stack.append(int(t))
        else:
            try:
                b, a = stack.pop(), stack.pop()
            except IndexError as e:
                raise EvalError("stack underflow", i) from e
            stack.append({"+": a + b, "-": a - b, "*": a * b}[t])
    return stack.pop()

print(evaluate("3 4 + 2 *".split()))
try:
    evaluate("1 +".split())
except EvalError as e:
    e.add_note(f"tokens: {'1 +'.split()}")
    raise
