# return in a generator sets StopIteration.value
def gen():
    yield 1
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def empty():
    return 42
    yield
try:
    next(empty())
except StopIteration as e:
    print("value:", e.value)
def plain():
    yield 1
try:
    g = plain()
    next(g)
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
def delegator():
    result = yield from gen()
    print("delegate got", result)
    yield result
print(list(delegator()))
