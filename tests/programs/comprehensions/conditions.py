# multiple conditions and nested conditionals in comprehensions
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0])
print([x for x in range(30) if x % 2 == 0 and x % 3 == 0])
print(["fizzbuzz" if i % 15 == 0 else "fizz" if i % 3 == 0 else "buzz" if i % 5 == 0 else i for i in range(1, 16)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print({k: v for k, v in zip(range(10), "abcdefghij") if k % 3 == 0 and v != "g"})
