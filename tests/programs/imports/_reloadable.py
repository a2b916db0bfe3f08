counter = globals().get("counter", 0) + 1
print("executing _reloadable, run", counter)
