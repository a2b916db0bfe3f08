# operations that produce and consume tuples
t = tuple(range(10))
print(t[2:7], t[::3], t[-3:], len(t), sum(t), max(t), t[1:1])
print(tuple(reversed(t)), tuple(zip("ab", (1, 2))), tuple(enumerate("xy")), divmod(17, 5))
print(tuple(map(str, t[:3])), tuple(filter(lambda x: x % 4 == 0, t)))
x = ()
for i in range(3):
    x += (i,)
print(x, x * 0, tuple(t) is t)
print(t.__len__(), t.__getitem__(2), t.__contains__(3), t.__add__((10,))[-1])
class Sub(tuple):
    pass
s = Sub((1, 2))
print(s, type(s).__name__, s + (3,), type(s + (3,)).__name__, s == (1, 2))
