# A __repr__ that recurses into itself without end.
class Node:
    def __init__(self, name):
        self.name = name
        self.parent = self

    def __repr__(self):
        return f"Node({self.name}, parent={self.parent!r})"

print("made", Node("a").name)
print(repr(Node("root")))
