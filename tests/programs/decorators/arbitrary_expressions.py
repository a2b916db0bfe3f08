# PEP 614: any expression can be a decorator
decos = {"upper": lambda f: lambda: f().upper(), "twice": lambda f: lambda: f() * 2}
@decos["upper"]
def a():
    return "x"
@decos["twice"]
@decos["upper"]
def b():
    return "y"
print(a(), b())
class NS:
    @staticmethod
    def exclaim(f):
        return lambda: f() + "!"
@NS.exclaim
def c():
    return "z"
@(lambda f: f)
def d():
    return "identity"
print(c(), d())
flag = True
@(decos["upper"] if flag else decos["twice"])
def e():
    return "cond"
print(e())
