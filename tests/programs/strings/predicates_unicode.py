# is* predicates on non-ASCII strings
samples = ["é", "日本", "½", "²", "٣", "Ⅻ", "𝟗", "\u00a0", "\u3000", "\u2028", "Σ", "ǅ", "ǅa",
           "π_2", "𝔘𝔫𝔦", "\u0301", "a\u0301", "😀", "\u200b", "\ud800" if False else "ß", "ªº", "ⅰ"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isupper",
         "islower", "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    print(ascii(s).ljust(16), " ".join("T" if getattr(s, n)() else "." for n in names))
