print("_broken starts")
value = 1 / 0
