# dict comprehensions
sq = {n: n * n for n in range(6)}
print(sq)
print({v: k for k, v in sq.items()})
print({k: v for k, v in sq.items() if v % 2 == 0})
print({c: ord(c) for c in "hello"})
print({(i, j): i * j for i in range(3) for j in range(i)})
words = ["apple", "bob", "cat", "avocado", "banana"]
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
print({w[0]: w for w in words})
print({x % 3: x for x in range(10)})
