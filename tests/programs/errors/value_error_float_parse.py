# ValueError parsing a float
print(float("3.14"))
print(float("three"))
