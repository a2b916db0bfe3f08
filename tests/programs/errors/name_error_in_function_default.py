# NameError evaluating a default value at definition time
def f(x=undefined_default):
    return x
