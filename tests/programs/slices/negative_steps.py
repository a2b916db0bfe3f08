# slices with negative steps and out-of-range bounds on lists, strings and tuples
seqs = [list(range(8)), "abcdefgh", tuple("ABCDEFGH")]
bounds = [(None, None, -1), (6, 1, -2), (-1, -9, -3), (100, None, -2), (None, -100, -1), (2, 6, -1), (-2, None, -4)]
for seq in seqs:
    for b in bounds:
        print(b, seq[slice(*b)])
