# TypeError calling a builtin with the wrong number of arguments
print(len("abc", "def"))
