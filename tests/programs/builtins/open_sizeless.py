# files whose size is 0 while they have contents (/proc) are read to their end, in text
# and binary mode, whole and in parts
with open("/proc/self/status") as f:
    text = f.read()
print(text.startswith("Name:"), "\nPid:" in text, text.endswith("\n"))
with open("/proc/self/status") as f:
    lines = f.readlines()
print(lines[0].startswith("Name:"), len(lines) > 5, all(l.endswith("\n") for l in lines))
with open("/proc/self/status", "rb") as f:
    head = f.read(5)
    rest = f.read()
print(head, rest.startswith(b"\t") or rest.startswith(b" "), len(rest) > 100)
with open("/proc/self/status", "rb") as f:
    data = f.read()
print(data[:5], data.count(b"\n") == len(lines))
with open("/proc/self/status", "rb") as f:
    chunks = []
    while chunk := f.read(64):
        chunks.append(chunk)
print(b"".join(chunks) == data or len(b"".join(chunks)) > 100, all(len(c) == 64 for c in chunks[:-1]))
