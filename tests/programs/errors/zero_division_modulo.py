# ZeroDivisionError for int modulo
print(10 % 3)
print(10 % 0)
