# try/finally in generators runs when the generator is closed or finishes
def resource(name):
    print("open", name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("close", name)
for item in resource("a"):
    print(item)
g = resource("b")
print(next(g))
g.close()
def partial():
    for x in resource("c"):
        print(x)
        break
    print("after break")
partial()
def with_return():
    try:
        yield 1
        return
    finally:
        print("finally on return")
print(list(with_return()))
