# complex hashing and equality with real numbers
print(hash(3 + 0j) == hash(3), hash(0j) == hash(0), hash(1.5 + 0j) == hash(1.5))
print(hash(1j), hash(2 + 3j), hash(-1j))
print({1: "a", 1 + 0j: "b", 1.0: "c"})
s = {0, 0j, 0.0, False}
print(len(s), s)
print(1 + 0j in [1], 2j in {2j: 1})
