# unhashable key in a subscript assignment: the carets are on the target
table = {}
table["ok"] = 1
print(table)
table[["not", "hashable"]] = 2
