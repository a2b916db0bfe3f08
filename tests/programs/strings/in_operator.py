# substring search with the in operator on larger strings
hay = "ab" * 1000 + "needle" + "ba" * 1000
print("needle" in hay, "needles" in hay, hay.find("needle"), hay.rfind("ab"))
print(hay.count("ab"), hay.count("ba"), len(hay))
print("aab" in "aaab", "abc" in "ababc", "😀😀" in "x😀😀y", "" in hay)
print("a" * 50 + "b" in "a" * 100 + "b", ("a" * 50 + "c") in ("a" * 100 + "b"))
