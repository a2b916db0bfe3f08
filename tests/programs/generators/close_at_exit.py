# suspended generators run their finally blocks when closed: explicitly, when a for loop over
# a fresh generator is left early, and (for those the module still holds) at the end
def resource(name):
    print("open", name)
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("close", name)
def first(name):
    for item in resource(name):
        return item
print(first("returned"))
for item in resource("broken"):
    print(item)
    break
print("after break")
kept = resource("kept")
print(next(kept))
for item in iter(kept):
    break
print("kept was not closed by the loop:", next(kept, "done"))
never_started = resource("never")
suspended = resource("at exit")
print(next(suspended))
try:
    for item in resource("raising"):
        raise ValueError(item)
except ValueError as e:
    print("ValueError:", e)
print("end of program")
