# IndexError indexing a str
print("abc"[10])
