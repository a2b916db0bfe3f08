# __getitem__ receives ints, slices and tuples
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1], s[1:2], s[::3], s[1:], s[:2], s[:], s[1:2:3], s[-1::-1])
print(s[1, 2], s[1:2, 3], s[..., 0], s[:, None], s[()], s["key"], s[1:2, ::-1])
class Grid:
    def __init__(self):
        self.cells = [[r * 3 + c for c in range(3)] for r in range(3)]
    def __getitem__(self, idx):
        r, c = idx
        if isinstance(r, slice):
            return [row[c] for row in self.cells[r]]
        return self.cells[r][c]
g = Grid()
print(g[1, 2], g[0:2, 1], g[::-1, 0], g[-1, -1])
