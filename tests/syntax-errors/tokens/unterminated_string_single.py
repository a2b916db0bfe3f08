name = 'alice
print(name)
