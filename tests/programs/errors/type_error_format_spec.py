# TypeError: a user object rejects a format spec
class Thing:
    pass
print(f"{Thing():>10}")
