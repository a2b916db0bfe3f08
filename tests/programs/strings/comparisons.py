# comparisons and membership for strings
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
print("é" > "z", "😀" > "\uffff", "\uffff" > "\ud7ff", "a" == "a", "a" != "A")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "😀", "123"]))
print(max("hello"), min("hello"), max(["ab", "b", "abc"]), min("xyz", "xy"))
print("ell" in "hello", "" in "abc", "" in "", "lo!" in "hello", "H" in "hello")
print("abc" == "ab" + "c", "abc" != None, "a" * 3 == "aaa")
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" != 1, ["a"] < ["b"], ("a", 1) < ("a", 2))
