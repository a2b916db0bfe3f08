# TypeError iterating over an int
for ch in 12345:
    print(ch)
