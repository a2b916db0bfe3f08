# iterator classes compared with generators
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
class Reusable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n, 0, -1):
            yield i
r = Reusable(3)
print(list(r), list(r), sum(r), 2 in r)
c = Countdown(2)
print(list(c), list(c))
