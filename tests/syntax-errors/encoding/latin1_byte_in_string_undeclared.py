name = 'Renée'
print(name)
