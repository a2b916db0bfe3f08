# globals() and locals()
module_var = 42
def f(arg):
    inner = arg * 2
    return sorted(locals().items())
print(f(5))
g = globals()
print(g["module_var"], "f" in g, g["__name__"], "__builtins__" in g)
g["injected"] = "via globals"
print(injected)
def writes_locals():
    x = 1
    locals()["x"] = 99
    return x
print(writes_locals())
class C:
    a = 1
    snap = sorted(k for k in locals() if not k.startswith("__"))
print(C.snap)
print(locals() is globals())
