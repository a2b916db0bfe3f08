# immediately invoked lambdas and nested lambdas
print((lambda a, b: a * b)(6, 7))
print((lambda f: f(f, 10))(lambda self, n: 1 if n == 0 else n * self(self, n - 1)))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda v: x(x)(v)))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(10)])
