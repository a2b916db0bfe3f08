# errors and messages from set methods
cases = [
    lambda: set(5),
    lambda: {1}.add(),
    lambda: {1}.remove(2),
    lambda: {1}.remove([1]),
    lambda: set([[1]]),
    lambda: {1} + {2},
    lambda: {1} < [1],
    lambda: frozenset().pop(),
    lambda: set([1])[0],
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print({1}.discard([1]) if False else "discard of unhashable raises too")
try:
    {1}.discard([1])
except TypeError as e:
    print("TypeError:", e)
