# A walrus whose target is not a name, as a call argument: no specific message there
print(lambda: d := 1)
