# An uncaught cmath error ends the program with CPython 3.13's traceback and status 1.
import cmath

print(cmath.sqrt(-1), cmath.exp(1j * cmath.pi))
try:
    cmath.exp(complex(800, 1))
except OverflowError as e:
    print("caught:", e)
print(cmath.log(0j))
