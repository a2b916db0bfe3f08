# is* predicates on ASCII strings
samples = ["", "abc", "ABC", "Abc", "Abc Def", "abc123", "123", "12.5", " ", "\t\n", "a b",
           "_id", "1abc", "class", "Hello World!", "\x7f", "HELLO2", "a_B"]
names = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "isupper",
         "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:6] for n in names))
for s in samples:
    print(repr(s).ljust(16), " ".join("T" if getattr(s, n)() else "." for n in names))
