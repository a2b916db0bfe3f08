a = b = c = 1
a, b = b, a
(a, b), c = (1, 2), 3
[a, [b, c]] = [1, [2, 3]]
x.y = z[0] = w[1:2] = 4
n: int
m: list[int] = []
(p): int = 1
s.t: str = 'u'
a += 1; a -= 1; a *= 2; a @= b; a /= 2; a //= 2; a %= 3; a **= 2
a >>= 1; a <<= 1; a &= 1; a ^= 1; a |= 1
