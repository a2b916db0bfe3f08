# an exception raised in finally replaces the original one
try:
    raise ValueError("original problem")
finally:
    raise KeyError("cleanup failed")
