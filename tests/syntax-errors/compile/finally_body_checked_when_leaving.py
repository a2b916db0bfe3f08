for x in range(3):
    try:
        pass
    finally:
        pass
try:
    break
finally:
    yield 3
