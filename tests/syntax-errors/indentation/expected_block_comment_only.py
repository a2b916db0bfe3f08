if x:
    # nothing here
print(x)
