# exceptions raised inside generators propagate to the consumer
def failing():
    yield 1
    raise ValueError("inside")
    yield 2
g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
try:
    next(g)
except StopIteration:
    print("finished after error")
def catch_in_gen():
    for x in [1, 0, 2]:
        try:
            yield 10 / x
        except ZeroDivisionError:
            yield "div by zero"
print(list(catch_in_gen()))
def gen_with_context():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        yield "handled"
    yield "after"
print(list(gen_with_context()))
