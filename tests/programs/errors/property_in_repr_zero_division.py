# An error inside a property called by __repr__ called by map: the traceback goes through them.
def gen():
    yield 1
    raise ValueError("in generator")


def consume():
    return [x * 2 for x in gen()]


class Widget:
    def __init__(self, n):
        self.n = n

    @property
    def size(self):
        return 10 / self.n

    def __repr__(self):
        return f"Widget({self.size})"


print(consume.__name__)
try:
    consume()
except ValueError as e:
    print("caught", e)
ws = [Widget(1), Widget(0)]
print(list(map(repr, ws)))
