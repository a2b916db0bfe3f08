# global and local scope
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr()
incr()
print(counter)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
x = "global x"
def read_only():
    return x
print(read_only())
def uses_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
uses_before_assign()
def builtins_shadow():
    len = lambda s: 42
    return len("abc")
print(builtins_shadow(), len("abc"))
