# repr and str of complex numbers
for z in (1j, -1j, 1 + 2j, 1 - 2j, -1.5 + 0.5j, 0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0),
          complex(-0.0, -0.0), 1e20j, 1e-5 + 1e16j, complex(1, float("inf")),
          complex(float("nan"), 1), complex(float("-inf"), float("nan")), 3 + 0j, 2.5j):
    print(repr(z), str(z), z.real, z.imag)
print([1j, (2+3j)], (1 + 1j,), {0j: 1})
