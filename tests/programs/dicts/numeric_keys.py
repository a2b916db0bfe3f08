# keys that compare equal across int, float and bool are one key
d = {1: "a"}
d[1.0] = "b"
d[True] = "c"
print(d, d[1], d[1.0], d[True], len(d))
d2 = {1.0: "float first"}
d2[1] = "int"
print(d2)
print({0: 1, False: 2, 0.0: 3, -0.0: 4})
print({2: 1, 2.5: 2}[2.5], 2.0 in {2: 0}, {10 ** 20: 1}.get(1e20))
print({float("nan"): 1}.get(float("nan")))
n = float("nan")
print({n: 1}[n])
