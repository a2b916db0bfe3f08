# exec/eval with their namespaces: locals() snapshots, class bodies, custom __builtins__, free variables.
def f():
    x = 1
    l = locals()
    x = 2
    print(l, locals())
    exec("x = 5; y = 6")
    print(x, 'y' in locals(), locals().get('y'))
    exec("z = x + 1", globals(), ns := {"x": 10})
    print(ns.get("z"), sorted(k for k in ns if k != "__builtins__"))
f()
def g():
    a = 1
    def inner():
        return a
    loc = locals()
    print(sorted(loc), loc['a'])
g()
code = compile("w = 3\nprint(w * 2)", "<mod>", "exec")
exec(code)
print(w)
ns = {}
exec("def h(): return q\nq = 9", ns)
print(ns["h"](), sorted(k for k in ns if not k.startswith("__")))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("len('xyz')"), eval("__name__"), eval("__name__", {}))
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
class C:
    v = 1
    exec("w = v + 1")
    r = eval("v * 10")
print(C.w, C.r)
gl = {"__builtins__": {"len": len}}
print(eval("len([1, 2])", gl))
try:
    eval("print(1)", gl)
except NameError as e:
    print("NameError:", e)
print(type(globals()).__name__, "f" in globals(), globals()["__name__"], __name__)
globals()["dyn"] = 42
print(dyn)
def outer():
    y = 5
    def inner():
        return eval("y")
    return inner
try:
    print(outer()())
except NameError as e:
    print("NameError:", e)
def outer2():
    y = 5
    def inner():
        y
        return eval("y")
    return inner
print(outer2()())
print(eval("[i for i in range(3)]"), eval("(lambda k: k * 2)(4)"), eval("sum(i for i in range(4))"))
x = 100
print(eval("[x for _ in range(2)]", {"x": 1}), eval("[x + i for i in range(2)]", {}, {"x": 7}))
print(vars().get("x"), vars(C)["v"], sorted(vars(C).keys())[:3])
