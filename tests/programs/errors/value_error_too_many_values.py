# ValueError unpacking too many values
first, second = [1, 2, 3]
