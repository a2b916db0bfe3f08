# recursive generators: permutations, subsets, flattening
def perms(seq):
    if len(seq) <= 1:
        yield seq
        return
    for i in range(len(seq)):
        for rest in perms(seq[:i] + seq[i + 1:]):
            yield seq[i:i + 1] + rest
print(list(perms("abc")), len(list(perms([1, 2, 3, 4]))))
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3])))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4])], [[5]], 6])))
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3)))
