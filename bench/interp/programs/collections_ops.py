# collections: a deque as a work queue (BFS over a grid), Counter over words,
# defaultdict grouping, namedtuple field access, heapq merging of sorted runs
# smoke size: 2 (bench/run --smoke)
import sys
import heapq
from collections import Counter, defaultdict, deque, namedtuple

Point = namedtuple("Point", "x y")


def bfs(size):
    # shortest path lengths over a grid with walls, from the corner
    wall = {(x, y) for x in range(size) for y in range(size) if (x * 7 + y * 13) % 11 == 0}
    wall.discard((0, 0))
    dist = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        x, y = queue.popleft()
        d = dist[(x, y)] + 1
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < size and 0 <= ny < size and (nx, ny) not in wall \
                    and (nx, ny) not in dist:
                dist[(nx, ny)] = d
                queue.append((nx, ny))
    return len(dist), max(dist.values())


def words(n):
    out = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append("w" + str(seed % 997))
    return out


def count_words(ws):
    c = Counter(ws)
    c.update(ws[: len(ws) // 2])
    return c.most_common(3), len(c), sum(c.values())


def group(ws):
    groups = defaultdict(list)
    for w in ws:
        groups[len(w)].append(w)
    lengths = defaultdict(int)
    for w in ws:
        lengths[w[-1]] += 1
    return sorted((k, len(v)) for k, v in groups.items()), sorted(lengths.items())[:3]


def points(n):
    pts = [Point(i % 101, i % 37) for i in range(n)]
    sx = sy = 0
    for p in pts:
        sx += p.x
        sy += p.y
    moved = [p._replace(x=p.y) for p in pts[:1000]]
    return sx, sy, moved[-1]


def merging(n):
    runs = [sorted((i * 7919 + j * 104729) % 100003 for j in range(n // 8)) for i in range(8)]
    merged = list(heapq.merge(*runs))
    heap = []
    for v in merged[: n // 4]:
        heapq.heappush(heap, -v)
    top = [-heapq.heappop(heap) for _ in range(5)]
    return merged[0], merged[-1], len(merged), top


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 28
ws = words(20000 * scale)
print(bfs(16 * scale))
print(count_words(ws))
print(group(ws))
print(points(10000 * scale))
print(merging(4000 * scale))
