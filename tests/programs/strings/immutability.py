# strings are immutable; methods return new strings
s = "hello"
t = s.upper()
print(s, t)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError:", e)
u = s
s += " world"
print(u, s)
print(s.replace("l", "L"), s)
print("abc".__class__ is str, isinstance("", str), type("") is str)
