# AttributeError for a method that exists on another type
n = 5
n.append(6)
