# The SyntaxWarnings of compile(), exec() and eval() go to sys.stderr each time, without a
# source line for "<string>"; captured here by a writer object put in place of sys.stderr.
import sys

class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

cap = Capture()
saved = sys.stderr
sys.stderr = cap
try:
    for i in range(2):
        compile("x = [1][1.5]", "<string>", "exec")
    compile("y = (1, 2)[2.5]\n\nw = '\\d'\nz = 'a' 'b'[1.0]", "<s>", "exec")
    compile("1 is 1", "<e>", "eval")
    compile("f = lambda: None is ()", "<single>", "single")
    code = compile("def g():\n    return 5()\n", "<def>", "exec")
    ns = {}
    exec(code, ns)
    try:
        ns["g"]()
    except TypeError as e:
        print("TypeError:", e)
    print(eval("'\\q'"), eval("[x for x in (1, 2)][0.0] if False else 7"))
finally:
    sys.stderr = saved
for part in "".join(cap.parts).splitlines():
    print("captured:", part)
print(len(cap.parts))
