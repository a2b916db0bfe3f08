# open() writing files in the directory given as sys.argv[1]: modes w/a/x/r+/wb+/ab,
# newline translation on output and input, encodings and error handlers, tell/seek/truncate.
# Expected output: open_write.out, from CPython 3.13 (see README.md here).
import sys
d = sys.argv[1]
p = d + "/a.txt"
with open(p, "w") as f:
    print(f.write("one\ntwo\r\nthree\rfour"), f.mode, f.tell())
print(repr(open(p, "rb").read()))
print(repr(open(p).read()), repr(open(p, newline="").read()), repr(open(p, newline="\r").readlines()))
print(open(p, newline="\r\n").readlines())
with open(p, "w", newline="\r\n") as f:
    f.writelines(["a\n", "b\n"])
print(open(p, "rb").read())
with open(p, "a") as f:
    f.write("c")
    print(f.tell())
print(open(p, "rb").read())
with open(p, "r+") as f:
    print(f.read(2)); f.write("Z"); f.seek(0); print(repr(f.read()))
with open(p, "wb+") as f:
    print(f.mode, f.write(b"xyz"), f.seek(0), f.read(), f.truncate(1), f.seek(0, 2))
print(open(p, "rb").read())
try:
    open(p, "x")
except FileExistsError as e:
    print(e.errno, e.strerror)
with open(d + "/new.txt", "x", encoding="latin-1") as f:
    f.write("é")
print(open(d + "/new.txt", "rb").read(), open(d + "/new.txt", encoding="latin-1").read())
with open(d + "/u.txt", "w", encoding="ascii", errors="replace") as f:
    f.write("é!")
print(open(d + "/u.txt").read())
try:
    with open(d + "/v.txt", "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
with open(p, "w") as f:
    try:
        f.write(b"x")
    except TypeError as e:
        print(e)
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
with open(p, "ab") as f:
    try:
        f.write("x")
    except TypeError as e:
        print(e)
    print(f.write(bytearray(b"12")))
print(open(p, "rb").read())
