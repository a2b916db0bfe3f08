# deep mutual recursion
import sys
sys.setrecursionlimit(100000)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(40000), is_odd(40001), is_even(39999))
