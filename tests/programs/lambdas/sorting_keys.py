# lambdas as sort keys
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 25, "nyc")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print(max(people, key=lambda p: len(p[0])), min(people, key=lambda p: (p[1], p[2])))
words = "Delta alpha Charlie bravo".split()
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: w[-1]))
