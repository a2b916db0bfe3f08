# TypeError ordering str and int
print(sorted(["b", "a"]))
print(sorted([3, "a", 1]))
