# stacked decorators apply bottom-up
def tag(name):
    def deco(fn):
        print("decorating", fn.__name__, "with", name)
        def wrapper():
            return f"<{name}>{fn()}</{name}>"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@tag("b")
@tag("i")
@tag("u")
def text():
    return "hi"
print(text())
def evaluation_order(label):
    print("evaluating decorator expression", label)
    def deco(fn):
        print("applying", label)
        return fn
    return deco
@evaluation_order("outer")
@evaluation_order("inner")
def f():
    pass
