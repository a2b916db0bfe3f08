# subclassing dict and overriding methods
class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
d = Lower()
d["HeLLo"] = 1
print(d, d["HELLO"], dict(d), len(d), type(d).__name__)
d2 = Lower(X=1)
print(d2)
class Logging(dict):
    def __repr__(self):
        return "Logging(" + super().__repr__() + ")"
print(Logging(a=1), [Logging()], Logging(a=1) == {"a": 1})
