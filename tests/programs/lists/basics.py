# creating, indexing and printing lists
a = [1, 2, 3]
b = list("abc")
c = list(range(5))
print(a, b, c, [], list(), list((1, 2)), list({"k": 1}), [[]] * 2)
print(len(a), a[0], a[-1], a[1:], a[::-1], a + b, a * 2, 3 in a, 4 not in a)
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, [2, [3, [4]]]], [None, True, 1.5, "s"], [(1, 2)])
try:
    a[3]
except IndexError as e:
    print("IndexError:", e)
try:
    a["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] == [1, "a"], [1, 2] == (1, 2), [float("nan")] == [float("nan")])
