# bool is a subclass of int
print(True + True, True * 10, False - 1, True / 2, -True, +False)
print(sum([True, True, False, True]))
one = 1
print(True == 1, False == 0, (True is one) if False else "skip")
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print([10, 20][True], [10, 20][False])
print(True << 2, 7 & True, True ** 5, divmod(True, 2))
print(str(True), repr(False), int(True), float(False))
print(True > False, max(True, False), min(True, 2))
d = {1: "one", True: "true?", 0: "zero"}
print(d)
print(bool(0), bool(-1), bool(10 ** 100), bool(0.0))
print(True.real, True.imag, True.numerator, (True).bit_length())
print(abs(True), hash(True) == hash(1), True.__class__.__name__)
