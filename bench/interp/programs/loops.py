# a hot loop of int arithmetic, comparisons and a list
total = 0
xs = []
for i in range(6_000_000):
    if i % 3 == 0:
        total += i * i
    else:
        total -= i
    if i % 1000 == 0:
        xs.append(total)
print(total, len(xs))
