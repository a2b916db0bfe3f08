# iter with a sentinel, next with a default
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(len, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
s = iter("ab")
print(iter(s) is s, list(s), list(s))
