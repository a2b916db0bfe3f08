# global and nonlocal declarations
g = 0
def outer():
    n = 0
    def inc_both():
        global g
        nonlocal n
        g += 1
        n += 10
    inc_both()
    inc_both()
    return n
print(outer(), g)
def make_global_in_nested():
    def inner():
        global created_late
        created_late = "yes"
    inner()
make_global_in_nested()
print(created_late)
def shadow_then_global():
    x = "local"
    def inner():
        global x
        return x
    return inner()
x = "module"
print(shadow_then_global())
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1 + a2)
