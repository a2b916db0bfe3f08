# StopIteration and exceptions from iterators inside for loops
class Faulty:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("iterator broke")
        return self.n
try:
    for x in Faulty():
        print("got", x)
except ValueError as e:
    print("ValueError:", e)
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args, e.value)
print(next(iter([]), "default used"))
