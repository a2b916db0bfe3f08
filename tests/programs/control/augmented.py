# augmented assignment on names, attributes and subscripts
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
class C:
    pass
c = C()
c.v = 1
c.v += 41
print(c.v)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 5
print(d)
t = (1,)
t += (2,)
print(t)
f = 1.5
f /= 2
print(f)
