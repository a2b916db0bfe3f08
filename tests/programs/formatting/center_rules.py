# odd padding goes to the right with ^ and to the left with str.center
for w in range(1, 9):
    print(repr(format("ab", f"^{w}")), repr("ab".center(w)), repr("abc".center(w)),
          repr(format("abc", f"^{w}")), repr(format(7, f"^{w}")))
print(repr("a".center(4, "*")), repr(format("a", "*^4")))
