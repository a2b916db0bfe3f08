# unpacking lists into targets and calls
a, b, c = [1, 2, 3]
print(a, b, c)
first, *middle, last = list(range(6))
print(first, middle, last)
[x, [y, z]] = [1, [2, 3]]
print(x, y, z)
*init, tail = "abc"
print(init, tail)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab", *[None]])
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 7
print(lst)
i = 0
lst2 = [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
