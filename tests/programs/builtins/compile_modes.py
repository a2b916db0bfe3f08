# compile() in its three modes, code objects run by exec and eval, and its errors
code = compile("x * 2 + 1", "<calc>", "eval")
print(type(code).__name__, code.co_filename, code.co_name, eval(code, {"x": 20}))
print(eval(code, {}, {"x": 1}), [eval(code, {"x": i}) for i in range(3)])
prog = compile("total = 0\nfor i in range(5):\n    total += i\n", "<prog>", "exec")
ns = {}
print(exec(prog, ns), ns["total"], eval(prog, ns))
fn = compile("def square(n):\n    return n * n\n", "<fn>", "exec", dont_inherit=True)
exec(fn, ns)
print(ns["square"](12), ns["square"].__code__.co_filename)
single = compile("6 * 7", "<single>", "single")
exec(single)
print(eval(single))
exec(compile("'text'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("a = 5; a + 1", "<s>", "single"), {})
exec(compile("for i in range(2):\n    i\n", "<s>", "single"))
print(eval(compile(b"1 + 1", "<bytes>", "eval")), eval(compile("3", "<e>", "exec")))
print(eval(compile("[n for n in range(4) if n % 2]", "<c>", "eval")))
bad = [
    ("1 +", "<bad>", "eval"),
    ("x = = 1", "<bad>", "exec"),
    ("1\n2\n", "<bad>", "single"),
    ("def f(:\n    pass\n", "<bad>", "exec"),
    ("  1", "<bad>", "exec"),
    ("x = 1", "<bad>", "eval"),
    ("a\0b", "<bad>", "exec"),
    ("1", "<bad>", "bogus"),
    (1, "<bad>", "exec"),
    ("1", 1, "exec"),
]
for args in bad:
    try:
        compile(*args)
        print("compiled", args)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
    except Exception as e:
        print(type(e).__name__, e)
try:
    exec(compile("1 / 0", "<div>", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    eval(compile("undefined_name", "<nm>", "eval"))
except NameError as e:
    print("NameError:", e)
