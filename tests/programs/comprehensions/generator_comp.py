# generator expressions as arguments and laziness
print(sum(x for x in range(101)), list(x for x in ()), tuple(c for c in "ab"))
print(sorted((x for x in [3, 1, 2]), reverse=True), ",".join(str(x) for x in range(3)))
g = (print("computing", x) or x for x in range(2))
print("before consuming")
print(list(g))
print(next((x for x in range(10) if x > 5), None), next((x for x in []), "none"))
print(min((len(w), w) for w in "pear fig banana".split()))
