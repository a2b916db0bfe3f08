a = [x for x in range(10) if x % 2 if x > 3]
b = {k: v for k, v in d.items()}
c = {x for x in s}
d = (x for x in y for y in z)
e = [x if x else y for x in z]
f = [lambda: x for x in range(3)]
g = [[y for y in x] for x in z]
h = x if y else z if w else v
i = not not x
j = a < b < c != d is not e not in f
