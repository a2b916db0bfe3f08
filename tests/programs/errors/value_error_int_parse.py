# ValueError parsing an int
for text in ("12", "7", "abc"):
    print(int(text))
