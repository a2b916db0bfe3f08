# RecursionError at the default limit is catchable, and recursion works again afterwards
import sys
print(sys.getrecursionlimit())
depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError as e:
    print("RecursionError:", e)
    print("depth reached between 900 and 1000:", 900 < depth <= 1000)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
depth = 0
try:
    dive()
except RecursionError:
    print("again:", 900 < depth <= 1000)
