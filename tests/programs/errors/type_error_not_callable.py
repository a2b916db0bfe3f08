# TypeError calling a non-callable object
numbers = [1, 2, 3]
count = len(numbers)
print(count(numbers))
