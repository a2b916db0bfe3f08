# builtin numeric functions across the number types
for v in (7, -7, 7.5, -7.5, True, 10 ** 20):
    print(repr(v), abs(v), round(v), int(v), float(v), divmod(v, 2), v // 2, v % 2, -v, v ** 2)
print(max(1, 2.0), min(1.0, 1), sum([1, 2.0, True]), pow(2, 0.5), complex(2) ** 2)
