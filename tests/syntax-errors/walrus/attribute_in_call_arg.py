f(x, y.z := 1)
