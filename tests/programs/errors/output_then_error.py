# stdout written before the error is kept
for i in range(5):
    print("line", i)
print("about to fail", end="")
raise LookupError("nothing found")
