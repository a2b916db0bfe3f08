# comprehension targets with unpacking
pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], [s * n for n, s in pairs], {s: n for n, s in pairs})
nested = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in nested])
print([(first, rest) for first, *rest in ["abc", "de", "f"]])
print([i * v for i, v in enumerate([10, 20, 30])], [k for k, v in sorted({"b": 1, "a": 2}.items())])
