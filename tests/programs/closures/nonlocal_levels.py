# nonlocal reaches the nearest enclosing function scope
def a():
    x = "a"
    def b():
        x = "b"
        def c():
            nonlocal x
            x = "c"
        c()
        return x
    r = b()
    return x, r
print(a())
def counter_chain():
    n = 0
    def level1():
        def level2():
            nonlocal n
            n += 1
        level2()
        level2()
    level1()
    return n
print(counter_chain())
def swap_outer():
    p, q = 1, 2
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p, q
print(swap_outer())
