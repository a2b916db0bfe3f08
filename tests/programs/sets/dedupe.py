# using sets to remove duplicates and find common items
data = [4, 1, 4, 2, 1, 9, 2, 4]
print(set(data), sorted(set(data)), len(set(data)))
seen = set()
order = []
for x in data:
    if x not in seen:
        seen.add(x)
        order.append(x)
print(order)
a = [1, 2, 3, 4, 5]
b = [4, 5, 6, 7]
print(sorted(set(a) & set(b)), sorted(set(a) ^ set(b)))
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), len(words) - len(set(words)))
