# set comprehensions
print({x % 5 for x in range(20)})
print({len(w) for w in "a bb ccc dd e".split()})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({c for c in "hello world" if c.isalpha()}))
evens = {n for n in range(10) if n % 2 == 0}
odds = {n for n in range(10)} - evens
print(evens, odds, evens | odds == set(range(10)))
