# list and tuple methods: index ranges, remove, sort with key/reverse, errors
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.index(1), a.index(1, 2), a.index(1, -5), a.index(9, 0, 6), a.count(1), a.count(7))
for args in ((7,), (1, 4, 5), (1, 10**30), (5, -2)):
    try:
        print(a.index(*args))
    except ValueError as e:
        print("ValueError:", e)
b = a.copy()
b.remove(1)
print(b, a)
try:
    b.remove(42)
except ValueError as e:
    print("ValueError:", e)
b.sort()
print(b)
b.sort(reverse=True)
print(b)
words = ["pear", "Fig", "apple", "kiwi", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
c = [1, 2, 3]
c.insert(-10, 0)
c.insert(100, 4)
c.insert(-1, 3.5)
print(c, c.pop(), c.pop(0), c.pop(-2), c)
c.extend(range(3))
c.extend("ab")
c.extend(c)
print(c)
c.reverse()
print(c)
c.clear()
print(c, len(c))
def mutate(x):
    d.append(x)
    return x
d = [3, 2, 1]
try:
    d.sort(key=mutate)
except ValueError as e:
    print("ValueError:", e, d)
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(2, 2), t.index(1, -1))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
for f in (lambda: [].pop(), lambda: [1].pop(5), lambda: [].pop(1, 2), lambda: [].index(),
          lambda: [].copy(1), lambda: [].count(), lambda: [].sort(key=len, x=1),
          lambda: [].insert(0, 1, x=2), lambda: [].append(x=1), lambda: ().count(),
          lambda: [1].index(1, 1.5)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2]
l += (3, 4)
l += "ab"
print(l, [1, 2].__add__([3]), [1].__mul__(3), (1, 2).__len__(), [5, 6].__getitem__(-1))
