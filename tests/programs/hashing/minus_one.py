# hash(-1) is -2 because -1 is reserved for errors
print(hash(-1), hash(-1.0), hash(-1 + 0j), hash((-1,)) != hash((-2,)))
class H(int):
    pass
print(hash(H(-1)), hash(H(5)))
print(hash(-2), hash(-3), hash(-(2 ** 61) + 1))
print([hash(i) for i in range(-5, 6)])
