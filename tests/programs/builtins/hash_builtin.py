# hash() of numbers and tuples (never of str or bytes, which are randomized)
print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 1), hash(1.0), hash(0.5), hash(True), hash(None) == hash(None))
print(hash((1, 2)), hash(()), hash((1.5, -1)), hash(frozenset()) == hash(frozenset()))
class H:
    def __hash__(self):
        return 12345
print(hash(H()), hash(H()) == hash(H()))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
