# comprehensions in class bodies cannot see class variables (except the first iterable)
class C:
    n = 3
    items = [i for i in range(n)]
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
    pairs = [(a, b) for a in range(n) for b in range(2)]
print(C.items, C.err, C.pairs)
class D:
    base = [1, 2]
    doubled = [x * 2 for x in base]
    total = sum(x for x in base)
print(D.doubled, D.total)
