# A sudoku solver with constraint propagation and backtracking; grids printed with box lines.
def parse(s):
    s = [c for c in s if c in "0123456789."]
    return [[0 if c in "0." else int(c) for c in s[r * 9:(r + 1) * 9]] for r in range(9)]


def show(g):
    lines = []
    for r, row in enumerate(g):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        lines.append(" | ".join(" ".join(str(v) if v else "." for v in row[c:c + 3]) for c in (0, 3, 6)))
    return "\n".join(lines)


def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [v for v in range(1, 10) if v not in used]


stats = {"guesses": 0}


def solve(g):
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if not cands:
                    return False
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        stats["guesses"] += 1
        g[r][c] = v
        if solve(g):
            return True
    g[r][c] = 0
    return False


puzzles = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
]
for p in puzzles:
    g = parse(p)
    print(show(g))
    print()
    stats["guesses"] = 0
    ok = solve(g)
    print(ok, stats)
    print(show(g))
    print(all(sorted(row) == list(range(1, 10)) for row in g), all(sorted(col) == list(range(1, 10)) for col in zip(*g)))
    print()
bad = parse("12345678." + "." * 8 + "9" + "." * 63)
print(solve(bad))
