# while loops with else, break and continue
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished normally")
k = 10
while k:
    k -= 3
    if k < 0:
        print("breaking at", k)
        break
else:
    print("not printed")
i = 0
while False:
    i += 1
else:
    print("else of a loop that never ran", i)
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
