# complex() from numbers and strings
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1j, 1j), complex(True, False))
for s in ("1+2j", "  3-4J ", "-1j", "j", "+j", "-j", "1e3+1e-3j", "(1+2j)", "inf+nanj", "5", "1_0j"):
    print(repr(s), complex(s))
for s in ("1+", "1+2", "j1", "1 + 2j", "", "1+2jj", "(1+2j"):
    try:
        complex(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    complex("1", 2)
except TypeError as e:
    print("TypeError:", e)
class C:
    def __complex__(self):
        return 5 + 6j
print(complex(C()), complex(1, 2.5).imag)
