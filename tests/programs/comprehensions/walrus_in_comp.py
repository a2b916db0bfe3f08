# assignment expressions inside comprehensions bind in the containing scope
data = [3, 8, 1, 9, 4]
big = [y for x in data if (y := x * 2) > 6]
print(big, y)
def f():
    total = 0
    partial = [total := total + v for v in range(5)]
    return partial, total
print(f())
print([last := c for c in "abc"], last)
values = [1, 2, 3]
if any((hit := v) > 1 for v in values):
    print("first over 1:", hit)
