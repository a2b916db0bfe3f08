# UnicodeDecodeError decoding invalid UTF-8
data = b"caf\xe9"
print(data.decode("latin-1"))
print(data.decode("utf-8"))
