# AssertionError without a message
def check(values):
    assert all(v > 0 for v in values)
check([1, 2])
print("first check passed")
check([1, -2])
