# TypeError adding int and str
print(1 + "1")
