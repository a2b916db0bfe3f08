# unary operators and numeric conversion dunders
class U:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return "abs"
    def __invert__(self):
        return "invert"
    def __round__(self, n=None):
        return f"round({n})"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
    def __complex__(self):
        return 7j
u = U()
print(-u, +u, abs(u), ~u, round(u), round(u, 2), int(u), float(u), complex(u))
class Nothing:
    pass
for expr in ("-x", "+x", "~x", "abs(x)", "round(x)", "int(x)", "float(x)"):
    try:
        eval(expr, {"x": Nothing()})
    except TypeError as e:
        print(expr, "TypeError:", e)
