# conditional expressions
for n in range(-1, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "one" if n == 1 else "many")
def side(label, value):
    print("eval", label)
    return value
print(side("then", "T") if side("cond", True) else side("else", "E"))
print(side("then", "T") if side("cond", 0) else side("else", "E"))
x = [] if False else [1]
y = (lambda: "lam") if True else None
print(x, y(), (1 if x else 2) + 10)
