# ZeroDivisionError for int true division
scores = []
print("computing average")
average = sum(scores) / len(scores)
