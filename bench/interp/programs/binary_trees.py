# binary trees: allocation of many small objects (instances with __slots__ and tuples),
# recursive construction and traversal, short- and long-lived trees
# smoke size: 8 (bench/run --smoke)
import sys


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def make_tuple(depth):
    return (make_tuple(depth - 1), make_tuple(depth - 1)) if depth else ()


def count_tuple(t):
    return 1 + sum(count_tuple(c) for c in t)


max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 14
long_lived = make(max_depth)
lines = []
for depth in range(4, max_depth + 1, 2):
    iterations = 1 << (max_depth - depth + 4)
    total = 0
    for _ in range(iterations):
        total += check(make(depth))
    lines.append(f"{iterations}\t trees of depth {depth}\t check: {total}")
lines.append(f"tuple tree nodes: {count_tuple(make_tuple(max_depth - 3))}")
lines.append(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")
print("\n".join(lines))
