# A Matrix class with operator dunders.
class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged rows")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x!s:>{w}}" for x in r) + "]" for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x + other for x in r] for r in self.rows])
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    __radd__ = __add__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, (int, float, complex)):
            return Matrix([[x * k for x in r] for r in self.rows])
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v

    def __iter__(self):
        return (x for r in self.rows for x in r)

    def __bool__(self):
        return any(self)

    def __abs__(self):
        return sum(x * x for x in self) ** 0.5

    def transpose(self):
        return Matrix(zip(*self.rows))


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(repr(a + b), repr(a - b), repr(2 * a), repr(a * 0.5), repr(1 + a))
print(a @ b)
print(repr(a ** 10))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
a[0, 0] = 7
print(a.rows, a.shape, a.transpose(), sep="\n")
print(bool(Matrix([[0, 0]])), bool(a), abs(Matrix([[3, 4]])))
print(a == Matrix([[7, 2], [3, 4]]), a != b, a == [[7, 2], [3, 4]])
print(list(a), sum(a), max(a), sorted(a, reverse=True))
try:
    a + Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
try:
    a @ 3
except AttributeError as e:
    print("AttributeError", e)
try:
    a * "x"
except TypeError as e:
    print(e)
try:
    "x" - a
except TypeError as e:
    print(e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print(e)
print(Matrix([[1j, 2], [3, 4.5]]) * 2j)
