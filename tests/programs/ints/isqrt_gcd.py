# Integer algorithms written in Python: gcd, isqrt, fibonacci, primes
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2 ** 100, 6 ** 50))
print(isqrt(0), isqrt(1), isqrt(15), isqrt(16), isqrt(10 ** 40), isqrt(2 ** 129))
print(fib(10), fib(90), fib(200))
sieve = [True] * 100
sieve[0] = sieve[1] = False
for i in range(2, 10):
    if sieve[i]:
        for j in range(i * i, 100, i):
            sieve[j] = False
print([i for i, p in enumerate(sieve) if p])
print(sum(i for i in range(10 ** 5)))
n = 600851475143
f, factors = 2, []
while f * f <= n:
    while n % f == 0:
        factors.append(f)
        n //= f
    f += 1
if n > 1:
    factors.append(n)
print(factors)
