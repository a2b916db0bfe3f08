# hash of tuples is computed from the elements
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, (2, 3))), hash((-1,)), hash((-2,)))
print(hash(((), ())), hash((None,)) == hash((None,)), hash((True, False)) == hash((1, 0)))
print(hash((0, 0)), hash((10 ** 20, -5)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(None) == hash(None), hash(range(3)) == hash(range(0, 3)))
