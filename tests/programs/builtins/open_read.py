# open() reading this program's own source: text and binary modes, lines, seek and tell
# a line with non-ASCII text: café, 😀 (one code point, four bytes)
import sys
with open(__file__) as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.closed, f.name == __file__)
    first = f.readline()
    print(repr(first))
    print(repr(f.readline(10)), repr(f.read(5)))
    pos = f.tell()
    rest = f.read()
    print(len(rest) > 100, f.read() == "", f.readline() == "")
    f.seek(pos)
    print(f.read() == rest, f.seek(0), f.tell())
    print(f.readable(), f.writable(), f.seekable())
print(f.closed)
with open(__file__, encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), repr(lines[1]), all(line.endswith("\n") for line in lines))
with open(__file__) as f:
    for i, line in enumerate(f):
        if i == 2:
            print("third:", line.rstrip())
count = sum(1 for _ in open(__file__))
print(count == len(lines))
with open(__file__, "rb") as b:
    print(type(b).__name__, b.mode, b.closed)
    head = b.read(10)
    print(head, b.tell(), type(head).__name__)
    line = b.readline()
    print(line[:20], b.tell() == 10 + len(line))
    b.seek(-5, 2)
    print(b.read(), b.read(), b.seek(0, 1) == b.tell())
    b.seek(3)
    print(b.read(4), b.seek(2, 1), b.read(3))
    data_lines = b.readlines()
    print(len(data_lines) == len(lines) - 1)
    b.seek(0)
    raw = b.read()
with open(__file__, encoding="utf-8") as f:
    text = f.read()
print(len(raw) > len(text), raw.decode("utf-8") == text, text.count("\n") == len(lines))
print(repr(text[text.index("café"):text.index("café") + 9]))
with open(__file__, "rb") as b:
    chunks = []
    while True:
        c = b.read(100)
        if not c:
            break
        chunks.append(c)
print(b"".join(chunks) == raw, all(len(c) == 100 for c in chunks[:-1]))
with open(__file__, encoding="ascii", errors="replace") as f:
    t = f.read()
print("\ufffd" in t, "café" in t, len(t) > len(text))
with open(__file__, encoding="ascii", errors="ignore") as f:
    print("caf," in f.read())
try:
    with open(__file__, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.encoding, e.reason)
with open(__file__, newline="") as f:
    print(repr(f.readline()))
with open(__file__, "r", -1, None, None, "\n") as f:
    print(repr(f.readline()), f.read(3))
