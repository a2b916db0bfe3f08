# A method called with one argument too many.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

s = Stack()
s.push(1)
print(s.items)
s.push(2, 3)
