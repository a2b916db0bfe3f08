# the first iterable is evaluated eagerly, in the enclosing scope
log = []
def src(name, n):
    log.append(name)
    return range(n)
gen = (x for x in src("outer", 2) for y in src("inner", 2))
print(log)
print(list(gen), log)
log.clear()
lst = [x + y for x in src("a", 2) for y in src("b", 2)]
print(lst, log)
def cond(x):
    log.append(f"cond{x}")
    return x % 2
log.clear()
print([x for x in range(4) if cond(x)], log)
