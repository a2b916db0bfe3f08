# nested comprehensions
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[row[c] for row in matrix] for c in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print({i: {j: i * j for j in range(i)} for i in range(3)})
print([[(i, j) for j in range(i)] for i in range(3)])
print(sum(sum(row) for row in matrix), max(max(row) for row in matrix))
print([[c for c in w] for w in ["ab", "c"]])
print([x for x in [y * 2 for y in [z + 1 for z in range(3)]]])
