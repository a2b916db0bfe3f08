# RuntimeError from a generator raising StopIteration (PEP 479)
def gen():
    yield 1
    raise StopIteration
print(list(gen()))
