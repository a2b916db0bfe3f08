# for loops with else and break
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for i in range(3):
    for j in range(3):
        if i * j == 2:
            print("inner break", i, j)
            break
    else:
        print("inner finished for", i)
        continue
    print("outer break")
    break
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
for x in range(3):
    pass
print("loop variable after loop:", x)
