# lambdas created inside comprehensions capture the comprehension variable
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda j: lambda: j)(i) for i in range(3)]
print([g() for g in gs])
def outer():
    return [lambda x=i: x * 10 for i in range(3)]
print([f() for f in outer()])
adders = {n: (lambda v, n=n: v + n) for n in range(3)}
print({k: f(100) for k, f in adders.items()})
