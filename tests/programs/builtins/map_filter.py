# map and filter
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(len, ["a", "bb"])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(map(int, "123")))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m), type(m).__name__, type(filter(None, [])).__name__)
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
print(list(map(lambda *a: a, "ab", "cd", "ef")), list(map(lambda x=0: x, [])))
