# ZeroDivisionError for float floor division
print(7.5 // 0.0)
