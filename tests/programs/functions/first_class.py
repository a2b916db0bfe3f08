# functions as values
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
ops = {"+": add, "*": mul, "-": lambda a, b: a - b}
for sym in ("+", "*", "-"):
    print(sym, ops[sym](6, 3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda x: x * 3, 2), apply_twice(str.upper, "a"))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
funcs = [add, mul, len]
print([f.__name__ for f in funcs], add is ops["+"], add == add, sorted([3, 1, 2], key=lambda v: -v))
