# heapq (element order as CPython's) and bisect
import heapq
import bisect

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 5, 3]
h = list(data)
heapq.heapify(h)
print(h)
h2 = []
for x in data:
    heapq.heappush(h2, x)
print(h2)
print([heapq.heappop(h2) for _ in range(4)], h2)
print(heapq.heapreplace(h2, 10), h2, heapq.heappushpop(h2, -1), heapq.heappushpop(h2, 11), h2)
big = [(i * 7919) % 1000 for i in range(200)]
hb = list(big)
heapq.heapify(hb)
print(hb[:20], [heapq.heappop(hb) for _ in range(10)], hb[:10])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(1, data), heapq.nsmallest(1, []),
      heapq.nlargest(0, data), heapq.nsmallest(20, data)[:5], heapq.nlargest(2, iter(data)))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len))
pairs = [(1, "a"), (1, "b"), (0, "c"), (1, "d")]
print(heapq.nsmallest(2, pairs, key=lambda p: p[0]), heapq.nlargest(2, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()),
      list(heapq.merge([], [1])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
tagged = list(heapq.merge([(1, "x1"), (2, "x2")], [(1, "y1"), (2, "y2")], key=lambda p: p[0]))
print(tagged)
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "test"), (1, "again")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
for thunk in (lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
              lambda: heapq.heapify(1), lambda: heapq.heappop(1), lambda: heapq.heappushpop(1, 2),
              lambda: heapq.nsmallest(2, 5), lambda: heapq.heappush([1, "a"], "b")):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0),
      bisect.bisect(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2),
      bisect.bisect_left(a, 4, hi=5))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 0)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 3), key=lambda r: r[1])
print(recs)
grades = [bisect.bisect([60, 70, 80, 90], s) for s in (33, 99, 77, 70, 89, 90, 100)]
print("".join("FDCBA"[g] for g in grades))
for thunk in (lambda: bisect.bisect_left([], 1, -1), lambda: bisect.insort(1, 1), lambda: bisect.bisect(1, 1),
              lambda: bisect.bisect([1, "a"], 2)):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
heapq.heappop([])
