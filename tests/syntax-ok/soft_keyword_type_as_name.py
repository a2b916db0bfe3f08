type = 5
print(type)
type(x)
type.mro
type = lambda: None
def f(type): return type
type Alias = int
type Pair[T] = tuple[T, T]
