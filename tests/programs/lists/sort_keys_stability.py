# Sorting with keys, stability, reverse and comparisons.
people = [
    ("alice", 31, "NYC"), ("bob", 25, "LA"), ("carol", 31, "SF"), ("dave", 25, "NYC"),
    ("eve", 40, "LA"), ("frank", 31, "LA"), ("grace", 25, "SF"),
]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(people, key=lambda p: p[2])
by_city_age = sorted(by_city, key=lambda p: p[1])
print([p[0] for p in by_city_age])
words = "banana Apple cherry apple Banana date Cherry elderberry fig".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
nums = [3, -1, 4.5, -1.0, 2, 0, -0.0, 10 ** 20, True, False]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
lst = [5, 3, 1, 4]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
print(sorted("hello world"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2)), sorted(range(5), key=lambda x: -x))
print(max(words, key=len), min(words, key=len), max([], default="none"), min([], key=len, default=0))
print(max(3, 1, 2), min("b", "a", "c"), max([1, 2], [1, 2, 0]), max((1, "a"), (1, "b")))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v > o.v

    def __repr__(self):
        return f"R{self.v}"


print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3), Rev(2)]), min(Rev(1), Rev(3)))
big = [(i * 37) % 100 for i in range(200)]
s = sorted(range(200), key=lambda i: big[i])
print(s[:20])
print(all(big[s[i]] <= big[s[i + 1]] for i in range(199)), all(s[i] < s[i + 1] for i in range(199) if big[s[i]] == big[s[i + 1]]))
print(sorted([[3, 1], [2], [3], [2, 0], []]), sorted([(1, 2), (1,), (0, 9)]))
print(list(reversed(sorted([1, 1.0, True], key=float))), sorted([1, 1.0, True]))
