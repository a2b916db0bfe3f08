# TypeError asking len of an int
print(len(12))
