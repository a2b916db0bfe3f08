# deep recursion through methods and a linked list
import sys
sys.setrecursionlimit(100000)
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
    def length(self):
        return 1 if self.next is None else 1 + self.next.length()
    def total(self):
        return self.value + (self.next.total() if self.next else 0)
head = None
for i in range(30000):
    head = Node(i, head)
print(head.length(), head.total())
