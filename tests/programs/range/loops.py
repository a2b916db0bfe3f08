# ranges in loops
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(3):
    for j in range(i):
        print((i, j), end=" ")
print()
print([i for i in range(-5, 5, 2)], sum(range(0, 1000, 7)), max(range(3, 50, 4)))
n = 0
for _ in range(0):
    n += 1
print(n)
