# lambdas with conditional expressions and short-circuiting
sign = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([sign(v) for v in (-2, 0, 3)])
safe_div = lambda a, b: b and a / b
print(safe_div(1, 0), safe_div(1, 4))
first_truthy = lambda *xs: next((x for x in xs if x), None)
print(first_truthy(0, "", [], "found", 5), first_truthy())
clamp = lambda x, lo=0, hi=10: max(lo, min(hi, x))
print([clamp(v) for v in (-5, 5, 50)])
