# complex attributes and dunder methods
z = complex(2, -3)
print(z.__add__(1), z.__radd__(1), z.__mul__(2j), z.__truediv__(2), z.__rtruediv__(1))
print(z.__neg__(), z.__pos__(), z.__abs__(), z.__bool__(), z.__eq__(2 - 3j))
print(z.__pow__(2), z.__rpow__(2), z.conjugate().imag)
print(z.__eq__("x"), z.__ne__(z))
print(sorted(n for n in dir(z) if not n.startswith("_")))
print(type(z).__name__, isinstance(z, complex), complex.__mro__)
print(1j.real, 1j.imag, (1 + 2j).__repr__())
