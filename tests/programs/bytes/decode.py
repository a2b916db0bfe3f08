# decoding bytes into text
data = "Grüße, 世界! 😀".encode()
print(data, len(data))
print(data.decode(), data.decode("utf-8", "strict"), len(data.decode()))
print(data[:3].decode("utf-8", "ignore"), data[:4].decode("utf-8", "replace"))
try:
    data[:3].decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    print(e.encoding, e.start, e.end, e.reason)
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("cp1252"), b"abc".decode("ascii"))
print("x".encode("utf-16"), b"\xff\xfex\x00".decode("utf-16"))
print(bytes([0xc0, 0x80]).decode("utf-8", "replace"), bytes([0xf4, 0x90, 0x80, 0x80]).decode("utf-8", "replace"))
