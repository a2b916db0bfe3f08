# assert statements
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x
print(check(5))
for v in (-1, 2.5):
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("list message:", e.args[0])
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print("message evaluated:", calls)
