# struct on 300 generated formats (every prefix, letter and count) with generated values:
# calcsize, the packed bytes, the unpacked values, unpack_from at an offset, errors.
import struct

state = 99


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


NATIVE = "xcbB?hHiIlLqQnNefdspP"
STANDARD = "xcbB?hHiIlLqQefdsp"
BITS = {"b": 8, "h": 16, "i": 32, "l": 64, "q": 64, "n": 64}
STD_BITS = {"b": 8, "h": 16, "i": 32, "l": 32, "q": 64}


def value(letter, prefix, count):
    if letter == "c":
        return bytes([rand(256)])
    if letter == "?":
        return rand(3) - 1
    if letter in "sp":
        return bytes(rand(256) for _ in range(rand(count + 3)))
    if letter in "efd":
        v = (rand(20001) - 10000) / (rand(97) + 1)
        return v if rand(8) else [0.0, -0.0, 1e-5, 65504.0][rand(4)]
    bits = (STD_BITS if prefix in "<>=!" else BITS).get(letter.lower(), 64)
    if letter == "P":
        return rand(2**31) * rand(1000)
    if letter.isupper():
        return [0, 2**bits - 1, rand(2**min(bits, 31))][rand(3)]
    return [-2**(bits - 1), 2**(bits - 1) - 1, rand(2**min(bits, 31)) - 2**(min(bits, 31) - 1)][rand(3)]


for n in range(300):
    prefix = ["", "@", "=", "<", ">", "!"][rand(6)]
    letters = NATIVE if prefix in ("", "@") else STANDARD
    fmt = prefix
    values = []
    for _ in range(rand(5) + 1):
        letter = letters[rand(len(letters))]
        count = rand(4)
        fmt += (str(count) if count != 1 or rand(2) else "") + letter
        if letter in "sp":
            values.append(value(letter, prefix, count))
        elif letter != "x":
            values.extend(value(letter, prefix, count) for _ in range(count))
    size = struct.calcsize(fmt)
    try:
        packed = struct.pack(fmt, *values)
    except (struct.error, OverflowError) as e:
        print(n, fmt, size, type(e).__name__, e)
        continue
    back = struct.unpack(fmt, packed)
    shifted = struct.unpack_from(fmt, b"\x01\x02" + packed, 2)
    assert back == shifted or back != back
    print(n, fmt, size, packed.hex(), back)
    try:
        struct.unpack(fmt, packed + b"\x00")
    except struct.error as e:
        print("  ", e)
