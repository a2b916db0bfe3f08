# replace, removeprefix/removesuffix, startswith/endswith
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("the ", ""), s.replace("", "|", 3))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "".replace("", "x"), "ab".replace("", "-"))
print("aaaa".replace("aa", "b"), s.replace("x", "y") == s, s.replace("at", "og", count=1))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("case"), "file.py".removesuffix(".py"),
      "x".removesuffix(""), "".removeprefix("a"))
print(s.startswith("the"), s.startswith(("a", "t")), s.startswith("cat", 4), s.startswith("cat", 4, 6))
print(s.endswith("mat"), s.endswith(("dog", "mat")), s.endswith("sat", 0, 11), s.endswith(""), "".startswith(""))
print(s.startswith("the", -6), s.endswith("the", 0, -19), "abc".startswith("abc", 1), "abc".startswith("", 3), "abc".startswith("", 4))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
