# AttributeError on a class object
class Registry:
    entries = []
print(Registry.entry)
