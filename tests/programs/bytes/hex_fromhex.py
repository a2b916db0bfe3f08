# hex() and fromhex()
b = bytes([0, 1, 15, 16, 127, 128, 255])
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), bytearray(b).hex(), b"".hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytes.fromhex(""), bytearray.fromhex("41 42"))
print(bytes.fromhex("0A0b"), b"\xca\xfe".hex().upper())
for bad in ("abc", "zz", "0 1", "4g"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
print(memoryview(b"hi").hex(), (255).to_bytes(2, "big").hex())
