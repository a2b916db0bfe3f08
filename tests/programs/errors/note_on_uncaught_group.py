# An uncaught exception group whose members carry notes.
def check(i):
    if i % 2:
        e = ValueError(f"odd value {i}")
        e.add_note(f"item index {i}")
        e.add_note("second note")
        raise e
    return i

errors = []
for i in range(4):
    try:
        check(i)
    except ValueError as e:
        errors.append(e)
print("collected", len(errors))
g = ExceptionGroup("validation failed", errors)
g.add_note("group note")
raise g
