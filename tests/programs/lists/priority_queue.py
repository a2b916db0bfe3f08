# A priority queue with heapq-like list code, and a scheduler using it.
def sift_down(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def sift_up(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    sift_down(heap, start, pos)


def push(heap, item):
    heap.append(item)
    sift_down(heap, 0, len(heap) - 1)


def pop(heap):
    last = heap.pop()
    if heap:
        ret = heap[0]
        heap[0] = last
        sift_up(heap, 0)
        return ret
    return last


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        sift_up(x, i)


data = [(5 * i * 7919) % 101 for i in range(40)]
h = []
for d in data:
    push(h, d)
print([pop(h) for _ in range(len(h))] == sorted(data))
h2 = data[:]
heapify(h2)
print(h2[:10])
out = []
while h2:
    out.append(pop(h2))
print(out[:15], out[-5:])


class Task:
    counter = 0

    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
        Task.counter += 1
        self.seq = Task.counter

    def __lt__(self, other):
        return (self.prio, self.seq) < (other.prio, other.seq)

    def __repr__(self):
        return f"<{self.name}:{self.prio}>"


q = []
for p, n in [(3, "write"), (1, "read"), (2, "parse"), (1, "open"), (3, "close"), (0, "init")]:
    push(q, Task(p, n))
print(q)
order = []
while q:
    order.append(pop(q))
print(order)
try:
    pop([])
except IndexError as e:
    print("IndexError:", e)
mixed = []
push(mixed, 1)
try:
    push(mixed, "a")
except TypeError as e:
    print(e)
tuples = []
for t in [(2, "b"), (1, "z"), (2, "a"), (1, "a")]:
    push(tuples, t)
print([pop(tuples) for _ in range(4)])
