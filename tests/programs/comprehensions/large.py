# comprehensions over larger inputs
n = 200000
evens = [i for i in range(n) if i % 2 == 0]
print(len(evens), evens[-1], sum(evens))
d = {i: i % 7 for i in range(50000)}
print(len(d), d[49999], sum(d.values()))
s = {i % 1000 for i in range(100000)}
print(len(s), min(s), max(s))
print(sum(1 for i in range(n) if i % 3 == 0))
