# NameError after the name was deleted
temporary = [1, 2, 3]
print(len(temporary))
del temporary
print(temporary)
