# deep recursion after raising the recursion limit
import sys
sys.setrecursionlimit(100000)
def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)
print(depth_sum(50000))
def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n] if n % 10000 == 0 else acc)
print(count_down(50000, []))
