# accumulating floats: order matters, printed exactly
vals = [1e16, 1.0, -1e16, 0.5, 0.25, 1e-10]
print(sum(vals), sum(reversed(vals)), sum(sorted(vals)))
t = 0.0
for i in range(1, 101):
    t += 1.0 / i
print(t)
acc = 1.0
for i in range(50):
    acc *= 1.1
print(acc)
x = 1.0
n = 0
while 1.0 + x != 1.0:
    x /= 2
    n += 1
print(x, n)
tiny = 1.0
while tiny / 2 > 0:
    tiny /= 2
print(tiny, tiny == 5e-324)
big = 1.0
while big * 2 != float("inf"):
    big *= 2
print(big)
