if a:
    pass
else:
print(a)
