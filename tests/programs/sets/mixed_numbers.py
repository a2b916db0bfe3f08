# sets of floats and mixed numbers: equal values collapse
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {1.5, 2.5, 1.5})
print({2, 2.0, 3.5}, len({1, 1.0, 1 + 0j}))
s = {1.0}
s.add(1)
print(s)
print({0.5, 0.25, 0.125}, {-1.5, 1.5})
print(1 in {1.0}, 1.0 in {True}, 2 ** 53 in {float(2 ** 53)})
