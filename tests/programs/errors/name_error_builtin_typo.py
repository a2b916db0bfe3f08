# NameError with a suggestion taken from the builtins
values = [3, 1, 2]
print("sorted:", sorted(values))
prnt(values)
