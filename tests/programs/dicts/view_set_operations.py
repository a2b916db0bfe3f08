# Set operations on dict views: CPython's result tables (their printed order) and errors.
d = {1: "a", 2: "b", 3: "c"}
e = {i: i for i in range(20, 0, -3)}
for other in [{2, 3, 4}, [5, 1], {1, 9}, (9, 8, 1), range(30, 0, -4), e.keys(), {3: 0, 100: 1}.keys()]:
    print(d.keys() & other, d.keys() | other, d.keys() - other, d.keys() ^ other)
    print(other & d.keys() if isinstance(other, (set, type(d.keys()))) else "-",
          other | d.keys() if isinstance(other, (set, type(d.keys()))) else "-",
          other - d.keys() if isinstance(other, (set, type(d.keys()))) else "-",
          other ^ d.keys() if isinstance(other, (set, type(d.keys()))) else "-")
    print(e.keys() & other, e.keys() | other, e.keys() - other, e.keys() ^ other)
di = {1: 10, 2: 20, 3: 30}
print(di.items() & {(1, 10), (2, 0)}, di.items() | {(9, 9)}, di.items() - {(1, 10)}, di.items() ^ {(1, 10), (7, 7)})
print(di.items() ^ {1: 10, 8: 80}.items(), {1: 10, 8: 80}.items() ^ di.items(), di.items() ^ {1: 11}.items())
print(di.items() & {5: 50, 1: 10, 2: 2}.items(), {(2, 20), (3, 3)} & di.items(), [(3, 30)] - di.items() if False else "")
print([5, 1] - d.keys() if False else "", d.keys() - [1])
for bad in [5, None]:
    for op in ("&", "|", "-", "^"):
        try:
            print(eval(f"d.keys() {op} bad"))
        except TypeError as ex:
            print(op, ex)
        try:
            print(eval(f"bad {op} d.keys()"))
        except TypeError as ex:
            print(op, ex)
big = {i * 7 % 64: None for i in range(64)}
print(big.keys() - set(range(0, 64, 2)))
print(big.keys() ^ set(range(50, 70)))
print(big.keys() & set(range(60, 0, -9)))
