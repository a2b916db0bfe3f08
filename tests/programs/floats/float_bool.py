# truthiness and identity of floats
for v in (0.0, -0.0, 1e-300, float("nan"), float("inf"), 0.5):
    print(repr(v), bool(v), not v)
print(0.0 or "zero", 1.5 and "nonzero")
print(float.__bool__(2.0))
print(isinstance(1.0, float), isinstance(1, float), isinstance(True, float))
print(issubclass(float, object), float.__mro__)
