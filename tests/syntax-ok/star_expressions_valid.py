a, *b = 1, 2, 3
*a, b = range(5)
[*a, *b]
{*a, *b}
{**a, 'k': 1, **b}
f(*args, *more, **kw, **kw2)
f(*args, key=1, *more)
print(*[1, 2], sep='')
for x, *y in pairs:
    pass
def g():
    return *a, *b
    yield *a, b
x = *a, *b
t[*idx]
