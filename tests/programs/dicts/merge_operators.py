# the | and |= operators (PEP 584)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("w", 0)]
except TypeError as e:
    print("TypeError:", e)
print({**a, **b}, {**b, "y": None}, dict(a, **b))
print({1: "a"} | {1.0: "b"}, {True: 1} | {1: 2})
