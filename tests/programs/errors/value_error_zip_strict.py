# ValueError from zip(strict=True)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(zip([1, 2], [3], strict=True)))
