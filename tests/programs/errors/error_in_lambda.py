# an error inside a lambda used as a sort key
people = [("ann", 3), ("bob", None), ("cy", 1)]
print(sorted(people, key=lambda p: p[1]))
