if (n := len(data)) > 10:
    pass
while chunk := read():
    pass
[y := f(x), y ** 2]
print(x := 1)
f(a := 1, b=2)
total = [(last := v) for v in values]
x = (y := 2)
def g(a=(b := 1)): pass
lambda: (z := 1)
