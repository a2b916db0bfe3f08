# UnicodeEncodeError encoding to ASCII
print("naïve".encode("ascii"))
