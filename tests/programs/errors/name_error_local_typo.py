# NameError with a suggestion taken from the local variables
def total(items):
    running_total = 0
    for item in items:
        running_total += item
    return runing_total
print(total([1, 2, 3]))
