_ = 1
for _ in range(3):
    pass
match _:
    case _:
        pass
