# An uncaught math error ends the program: CPython 3.13's traceback and exit status 1.
import math

print(math.sqrt(2.25), math.log(8, 2), math.factorial(10))
try:
    math.log(-1.0)
except ValueError as e:
    print("caught:", e)


def root(x):
    return math.sqrt(x)


print(root(16))
print(root(-4.0))
