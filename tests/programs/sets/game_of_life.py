# Conway's game of life on a set of cells, a glider and a blinker, with rendering.
def neighbors(cell):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield x + dx, y + dy


def step(live):
    counts = {}
    for c in live:
        for n in neighbors(c):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(5):
    print(f"generation {gen}: {len(g)} cells, bbox {min(x for x, _ in g)},{min(y for _, y in g)}")
    print(render(g, 6, 6))
    g = step(g)
print(sorted(g))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
rpent = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
pop = []
for i in range(60):
    rpent = step(rpent)
    pop.append(len(rpent))
print(pop)
print(sorted(rpent)[:10])
print({(0, 0), (1, 1)} | {(2, 2)}, {(x, y) for x in range(3) for y in range(2)})
