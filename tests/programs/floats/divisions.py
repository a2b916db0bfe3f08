# repr of many simple fractions
for d in range(1, 16):
    print(d, 1 / d, 2 / d, 10 / d)
print([i / 10 for i in range(11)])
print([round(i * 0.1, 1) for i in range(11)])
