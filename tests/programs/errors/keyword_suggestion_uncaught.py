# An unexpected keyword argument whose suggestion is close by CPython's C rule.
def connect(host, port, *, retries=3):
    return f"{host}:{port} x{retries}"

print(connect("db", 5432, retries=1))
print(connect("db", 5432, retrys=2))
