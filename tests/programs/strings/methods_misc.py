# remaining methods and attributes of str
s = "Hello"
print(s.__len__(), s.__contains__("ell"), s.__getitem__(1), s.__add__("!"), s.__mul__(2))
print(s.__eq__("Hello"), s.__lt__("World"), s.__eq__(5), s.__hash__ is not None)
print(s.isascii(), "héllo".isascii(), s.__class__.__name__, str.__mro__)
print(s.encode(), s.__str__(), s.__repr__(), s.__format__(">7"), s.__mod__(()) if False else "%s!" % s)
names = sorted(n for n in dir(str) if not n.startswith("_"))
print(len(names))
print(names)
print(str.upper("x"), str.join(",", "ab"), str.__len__("abc"))
