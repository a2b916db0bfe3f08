# a failing assert points at its test
def check(values):
    assert all(v > 0 for v in values) and len(values) < 3, f"bad values: {values}"
check([1, 2])
print("first check passed")
check([1, 2, 3])
