# find, rfind, index, rindex, count with start and end
s = "abracadabra"
for sub in ("a", "bra", "cad", "z", "", "abracadabra", "abracadabrax"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4), s.find("a", 100), s.find("", 11), s.find("", 12))
print(s.rfind("a", 0, 10), s.rfind("a", -5, -1), s.rfind("bra", 0, 4))
print(s.count("a", 2), s.count("a", 2, -2), s.count("", 5), s.count("aa"), "aaaa".count("aa"))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.find("a", None, None))
for args in (("z",), ("a", 11), ("bra", 2, 4)):
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print("x😀y😀".find("y"), "x😀y😀".rfind("😀"), "😀😀😀".count("😀"))
print("".find(""), "".count(""), "abc".count(""))
