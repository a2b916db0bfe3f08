# ValueError unpacking too few values
x, y, z = "ab"
