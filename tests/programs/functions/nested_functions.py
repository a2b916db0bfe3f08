# functions defined inside functions
def outer(n):
    def double(x):
        return x * 2
    def triple(x):
        return x * 3
    return double(n) + triple(n)
print(outer(5))
def make_adders():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
s = counter()
print(s(), s(), s(), counter()())
def rec_inner(n):
    def go(k):
        return 0 if k == 0 else k + go(k - 1)
    return go(n)
print(rec_inner(10))
