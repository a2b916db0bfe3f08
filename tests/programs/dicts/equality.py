# equality of dicts and their views
a = {"x": [1, 2], "y": {"z": None}}
b = {"y": {"z": None}, "x": [1, 2]}
print(a == b, a != b, a.items() == b.items(), a.keys() == b.keys(), list(a) == list(b))
print({1: 1} == {1: 1, 2: 2}, {1: 1}.items() <= {1: 1, 2: 2}.items(), {1: 1}.keys() < {1: 0, 2: 0}.keys())
print(dict.fromkeys("ab", 0) == {"a": 0, "b": 0}, {}.keys() == set(), {1: 2}.values() == {1: 2}.values())
