# Adding a list to a set of tuples.
seen = {(1, 2), (3, 4)}
for pair in [(5, 6), [7, 8]]:
    print("adding", pair)
    seen.add(pair)
