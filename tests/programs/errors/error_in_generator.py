# an error raised inside a generator while it is consumed
def readings():
    yield 1.5
    yield 2.5
    raise OSError("sensor offline")
for r in readings():
    print(r)
