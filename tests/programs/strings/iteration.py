# iterating over strings
s = "héllo"
for i, c in enumerate(s):
    print(i, c, ord(c))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(list(reversed("abc")), sorted("hello"), "".join(sorted("hello", reverse=True)))
print(list(zip("abc", "xy")), list(map(str.upper, "ab")), [c * 2 for c in "xyz"])
print(any(c.isdigit() for c in "ab3"), all(c.islower() for c in "abc"), sum(1 for c in "banana" if c == "a"))
print(dict.fromkeys("aba"), max("banana", key="banana".count))
