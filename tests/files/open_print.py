# print(file=...) to a file, reading it back in text and binary modes, 'a+' reads and appends
import sys
p = sys.argv[1] + "/p.txt"
with open(p, "w") as f:
    print("hello", 42, file=f)
    print("a", "b", sep="-", end="!\n", file=f)
    f.writelines(("x", "y\n"))
with open(p) as f:
    print(f.read(), end="")
    print(f.tell(), f.seek(0), f.readline(), end="")
print(open(p).readlines())
with open(p, "rb") as f:
    print(list(f))
with open(p, "a+") as f:
    print(f.tell(), f.read(), f.seek(0), f.read(5))
    f.write("Z")
print(open(p).read())
