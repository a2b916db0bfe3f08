# concatenation, repetition and iteration
a = "ab"
b = a + "cd"
print(b, a * 3, 3 * a, a * 0, a * -2, "" * 100, a + "", (a + "x") * 2)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
parts = []
for ch in "hello":
    parts.append(ch.upper())
print("".join(parts), list("abc"), tuple("ab"), set("aa") == {"a"})
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
x = "abc"
y = x
x += "d"
print(x, y)
print("a" "b" 'c' """d""", "con" "cat" == "concat")
