# generator functions and lazy evaluation
def count_up(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
g = count_up(2)
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_up(0)))
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
sq = squares()
print([next(sq) for _ in range(6)])
print(sum(x for x in range(10)), list(x for x in "ab"))
