# TypeError for a builtin given the wrong type
print(abs("-5"))
