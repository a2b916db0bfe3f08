# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2])), sorted([3, 1], key=Adder(0)))
class Chain:
    def __init__(self, path=""):
        self.path = path
    def __getattr__(self, name):
        return Chain(f"{self.path}.{name}" if self.path else name)
    def __call__(self, *args):
        return f"call {self.path}{args}"
print(Chain().api.users.get(42))
five, text = 5, "str"
try:
    five()
except TypeError as e:
    print("TypeError:", e)
try:
    text()
except TypeError as e:
    print("TypeError:", e)
