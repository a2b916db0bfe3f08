# dict keys equal across int/float/bool/complex are the same key
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, len(d))
d2 = {0.0: "a"}
d2[0] = "b"
d2[-0.0] = "c"
d2[False] = "d"
print(d2)
print({(1, 2): 1, (1.0, 2.0): 2})
print({2 ** 61 - 1: "x", 0: "y"}, 2 ** 61 - 1 in {0: 1})
print({10 ** 20: 1, float(10 ** 20): 2})
print({None: 1, (): 2, (None,): 3, frozenset(): 4})
