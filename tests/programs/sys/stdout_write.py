# sys.stdout.write returns the number of characters written
import sys
n = sys.stdout.write("hello\n")
print(n)
m = sys.stdout.write("héllo 😀\n")
print(m)
sys.stdout.write("no newline, ")
print("then print")
sys.stdout.flush()
print(sys.stdout.write(""), file=sys.stdout)
sys.stdout.writelines(["a\n", "b\n"])
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdout.isatty())
