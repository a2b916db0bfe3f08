# chained comparisons evaluate middle operands once
def v(x, label):
    print("eval", label)
    return x
print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(3, "a") < v(2, "b") < v(1, "c"))
print(v(1, "a") == v(1, "b") != v(2, "c") is not v(None, "d"))
x = 5
print(0 < x <= 5, 0 < x < 5, 1 < 2 > 0, 1 in [1] in [[1]], "a" < "b" < "c" < "b")
print(x == 5 == 5.0, 2 < x is not None, not 1 < 0 < 2)
