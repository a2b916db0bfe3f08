# TypeError messages when no dunder handles an operator
class A:
    pass
a = A()
exprs = ["a + 1", "1 + a", "a - a", "a * 2.5", "a / 1", "a // 1", "a % 1", "a ** 2", "a @ a",
         "a << 1", "a >> 1", "a & 1", "a | 1", "a ^ 1", "-a", "~a", "a < 1", "a <= a", "a > 'x'",
         "a >= None", "divmod(a, 1)", "pow(a, 2, 3)", "a[0]", "len(a)", "a()", "1 in a", "[] + ()",
         "'a' * 'b'", "None + None", "{} | []", "3 @ 4"]
for expr in exprs:
    try:
        eval(expr)
    except TypeError as e:
        print(f"{expr:14} {e}")
