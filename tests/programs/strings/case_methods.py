# case conversion methods, ASCII and beyond
for s in ("hello world", "HELLO", "mIxEd CaSe", "it's a dog's life", "123abc", "ǆemal", "straße",
          "ΣΊΣΥΦΟΣ", "ﬁne", "İstanbul", "o'neil mc-donald", "x1y2 z3", ""):
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("ß".upper(), "ß".casefold(), "ß".lower(), "ẞ".lower(), "ŉ".upper(), len("ŉ".upper()))
print("ΑΣ ΑΣΑ Σ".lower())
print("hello".upper().lower() == "hello", "ǅ".upper(), "ǅ".lower(), "ǅ".title())
