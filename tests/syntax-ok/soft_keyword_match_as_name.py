match = 1
match += 2
print(match)
match(match)
match[0] = match
match.group = 3
match, case = 1, 2
def match(): pass
