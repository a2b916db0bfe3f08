# nested loops building tables and searching
for i in range(1, 6):
    print(" ".join(f"{i * j:3}" for j in range(1, 6)))
target = 17
found = None
for a in range(10):
    for b in range(10):
        if a * a + b == target:
            found = (a, b)
            break
    if found:
        break
print(found)
grid = ["#..#", ".##.", "#..#"]
count = 0
for row in grid:
    for ch in row:
        if ch == "#":
            count += 1
print(count)
i = 0
while i < 3:
    j = 0
    while j < i:
        print((i, j), end=" ")
        j += 1
    i += 1
print()
