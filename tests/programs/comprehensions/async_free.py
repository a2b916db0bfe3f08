# comprehensions that call methods, index, and use conditional expressions
words = ["Alpha", "beta", "Gamma", "delta"]
print([w.lower() for w in words if w[0].isupper()])
print([w[::-1] for w in words], [w[i] for i, w in enumerate(words)])
print({w: len(w) for w in words}, [len(w) > 4 and w or "-" for w in words])
print([(i, j) for i, j in zip(range(3), reversed(range(3)))])
