# lambda defaults are evaluated once at creation
counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]
f = lambda x=next_id(): x
print(f(), f(), f(99), counter)
makers = [lambda x, n=n: x ** n for n in range(4)]
print([m(2) for m in makers])
print(f.__defaults__, (lambda *, k=5: k).__kwdefaults__)
