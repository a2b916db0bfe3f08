# TypeError subscripting None
def lookup():
    pass
row = lookup()
print(row[0])
