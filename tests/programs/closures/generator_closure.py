# closures captured by generators and comprehensions
def gen_factory(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen
g = gen_factory(3)
print(list(g()), list(g()))
def scale_all(xs, k):
    return [x * k for x in xs], list(x + k for x in xs)
print(scale_all([1, 2], 10))
def later():
    k = 1
    gen = (x * k for x in range(3))
    k = 100
    return list(gen)
print(later())
