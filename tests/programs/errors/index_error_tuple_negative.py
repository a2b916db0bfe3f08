# IndexError with a negative index on a tuple
t = (1, 2)
print(t[-3])
