# list[i] and list[i] = v with the list and the index in locals: the specializer fuses the
# two loads with the subscript once it specializes. Each section makes a site hot on a list
# and an int, then gives it indices out of range (both signs), bools, big ints, tuples,
# dicts, list subclasses, strings, and lists that shrink or grow while the site is hot.


class MyList(list):
    def __getitem__(self, i):
        return ("sub", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))


def get(seq, i):
    return seq[i]


def put(seq, i, v):
    seq[i] = v


def swap(heap, i, j):
    heap[i], heap[j] = heap[j], heap[i]


data = list(range(100))
print(sum(get(data, i) for i in range(100)))
for i in range(100):
    put(data, i, i * 2)
print(data[:5], data[-3:])

for seq, idx in [(data, -1), (data, -100), (data, True), (data, False), ((1, 2, 3), 1),
                 ({5: "five"}, 5), ("text", 2), (MyList([7, 8]), 1), (data, 2**70),
                 (data, 100), (data, -101), (data, 1.0), (data, None)]:
    try:
        print(type(seq).__name__, repr(idx), get(seq, idx))
    except (IndexError, TypeError, KeyError) as e:
        print(type(seq).__name__, repr(idx), type(e).__name__, e)

for seq, idx in [(data, -1), (data, True), (MyList([0, 0]), 0), ({}, "k"), (data, 100),
                 (data, -101), ((1, 2), 0), (data, 2**65)]:
    try:
        put(seq, idx, "v")
        print("stored", type(seq).__name__, repr(idx), seq[idx] if not isinstance(seq, dict) else seq)
    except (IndexError, TypeError) as e:
        print(type(seq).__name__, repr(idx), type(e).__name__, e)

print(data[-1], data[1])

# a heap of ints sifted with swaps: the pattern of a hand-written priority queue
heap = [(i * 7919) % 1009 for i in range(300)]
for k in range(len(heap) - 1, 0, -1):
    parent = (k - 1) // 2
    if heap[k] < heap[parent]:
        swap(heap, k, parent)
print(heap[:8], sum(heap))

# the list shrinks under a hot site: the index runs out of range, caught each time
shrinking = list(range(50))
out = []
i = 0
while True:
    try:
        out.append(get(shrinking, i))
    except IndexError as e:
        out.append(str(e))
        break
    if i % 5 == 0:
        shrinking.pop()
    i += 1
print(len(out), out[-3:])

# rebinding the local between a list and a tuple inside one loop
acc = []
for n in range(60):
    s = [n, n + 1] if n % 3 else (n, -n)
    j = n % 2
    acc.append(s[j])
print(acc[:10], sum(acc))

# stores in a loop that meets a tuple, then a list again
grid = [[0] * 4 for _ in range(4)]
for r in range(4):
    row = grid[r]
    for c in range(4):
        row[c] = r * c
print(grid)
row = (1, 2)
try:
    c = 0
    row[c] = 5
except TypeError as e:
    print("TypeError:", e)
