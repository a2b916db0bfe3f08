# UnboundLocalError when a local is read before assignment
count = 10
def increment():
    count += 1
    return count
increment()
