# an exception from the iterator of a for loop spanning two lines points at the iterable
def numbers():
    yield 1
    yield 2
    raise ValueError("iterator failed")
total = 0
for n in (
        numbers()):
    total += n
    print(total)
