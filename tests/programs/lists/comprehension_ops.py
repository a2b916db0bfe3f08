# common list idioms
nums = [4, -2, 7, 0, -5, 3]
print([n * n for n in nums], [n for n in nums if n > 0], sum(nums), max(nums), min(nums))
print(list(map(abs, nums)), list(filter(None, nums)), sorted(nums, key=abs))
print(list(enumerate(nums[:3])), list(zip(nums, nums[1:])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [x for row in matrix for x in row])
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
flat = []
for row in matrix:
    flat.extend(row)
print(flat, flat[::-1], list(reversed(flat)))
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print(nums.index(max(nums)), [i for i, n in enumerate(nums) if n < 0])
