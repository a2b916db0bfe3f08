# classes nested in classes and functions
class Outer:
    class Inner:
        def hi(self):
            return "inner hi"
    def make(self):
        return self.Inner()
print(Outer.Inner.__qualname__, Outer().make().hi(), Outer.Inner.__name__)
def factory(base_value):
    class Local:
        value = base_value
        def get(self):
            return self.value
    return Local
A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is B, A.__qualname__)
class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v, self.kids = v, list(kids)
        def total(self):
            return self.v + sum(k.total() for k in self.kids)
print(Tree.Node(1, [Tree.Node(2), Tree.Node(3, [Tree.Node(4)])]).total())
