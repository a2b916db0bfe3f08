# maketrans and translate
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans("abc", "xyz", "d")
print("abcd dcba".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, "c": 100, 101: "E"})
print(sorted(t3.items()), "abcde".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hello".translate({}))
print("😀x".translate({0x1F600: "smile"}), "abc".translate([None, None]) if False else "abc".translate({97: 98}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError:", e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print("TypeError:", e)
