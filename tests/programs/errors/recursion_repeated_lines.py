# RecursionError: caught from a recursive __repr__, then uncaught from two alternating
# frames, whose traceback has no "[Previous line repeated N more times]" (no line repeats
# twice in a row; errors/recursion_error has the folded form)
import sys
def ping(n):
    return pong(n + 1)
def pong(n):
    if n > 10**9:
        return n
    return ping(n + 1)
class Node:
    def __repr__(self):
        return repr(self)
try:
    repr(Node())
except RecursionError as e:
    print("caught", e)
print(sys.getrecursionlimit())
ping(0)
