# arguments are evaluated left to right before the call
def trace(label, value):
    print("eval", label)
    return value
def f(*args, **kwargs):
    print("call", args, kwargs)
f(trace("a", 1), trace("b", 2), k=trace("k", 3), **{"z": trace("z", 4)})
f(*[trace("s1", 1), trace("s2", 2)], trace("after", 3))
trace("func", f)(trace("arg", 0))
def default_time(x=trace("default", 0)):
    return x
print(default_time())
