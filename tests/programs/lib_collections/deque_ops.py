# collections.deque: both ends, maxlen, rotate, indexing, errors, repr, comparisons
from collections import deque
import copy

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
d.reverse()
print(d, d.count(1), d.count("zz"), d.index(1), 2 in d, "q" in d)
print(d.index(2, 1), d.index(2, -6, -1))
d.insert(1, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("ins")
del d[0]
d[0] = "first"
print(d)
d2 = d.copy()
d2.clear()
print(d2, bool(d2), bool(d))

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5)
b.appendleft(-1)
print(b)
b.extend([7, 8])
b.extendleft([0])
print(b)
z = deque(maxlen=0)
z.append(1)
print(z, len(z))
try:
    b.insert(0, 9)
except IndexError as e:
    print("IndexError", e)

e = deque()
for thunk in (e.pop, e.popleft, lambda: e[0], lambda: deque([1])[5], lambda: deque([1]).remove(7),
              lambda: deque([1]).index(7), lambda: deque(maxlen=-1), lambda: deque(maxlen="x"),
              lambda: deque([1])[1:], lambda: deque() + [1],
              lambda: deque([1])["a"]):
    try:
        thunk()
    except Exception as ex:
        print(type(ex).__name__, ex)

q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) != deque([1]),
      deque([1, 2]) == [1, 2], deque([2]) >= deque([1, 9]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), deque("ab", 3) * 2)
x = deque([1])
x += [2, 3]
x *= 2
print(x)
x *= 0
print(x)
r = deque()
r.append(r)
print(r)
print(copy.copy(deque([[1]], 5)), copy.deepcopy(deque([[1]])))
c = copy.deepcopy(deque([[1]]))
print(type(c).__name__)


class MyDeque(deque):
    pass


md = MyDeque([1, 2], 4)
print(md, md.maxlen, type(md.copy()).__name__)
print(deque[int], list(iter(deque("xyz"))), deque(deque([1, 2])))
it = iter(deque([1]))
print(next(it), next(it, "done"))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
big.rotate(333)
print(big[0], big[332], big[333])
del big[500]
print(len(big), big[500])
print(deque("abc").__reduce__()[0].__name__, deque("abc", 2).__reduce__()[1])
deque().pop()
