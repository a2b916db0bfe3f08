# eval, exec and compile
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("a + b", {"a": 1}, {"b": 2}), eval(" 7 "))
ns = {}
exec("y = 10\ndef f(z):\n    return y + z\n", ns)
print(ns["y"], ns["f"](5), sorted(k for k in ns if k != "__builtins__"))
code = compile("v * v", "<expr>", "eval")
print(eval(code, {"v": 9}), type(code).__name__, code.co_filename)
stmts = compile("for i in range(3):\n    out.append(i)", "<loop>", "exec")
out = []
exec(stmts)
print(out)
print(exec("1 + 1"), eval("[x for x in range(3)]"), eval("lambda: 5")())
single = compile("1 + 1", "<single>", "single")
exec(single)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_in_eval")
except NameError as e:
    print("NameError:", e)
try:
    compile("1", "<f>", "bogus")
except ValueError as e:
    print("ValueError:", e)
print(eval("__name__"), eval("__name__", {}), eval("len('abc')", {}))
