# Calling a method on the None that list.sort() returned.
data = [3, 1, 2]
result = data.sort()
print(data, result)
print(result.reverse())
