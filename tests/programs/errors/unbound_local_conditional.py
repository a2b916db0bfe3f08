# UnboundLocalError when only one branch assigns the local
def pick(flag):
    if flag:
        choice = "yes"
    return choice
print(pick(True))
print(pick(False))
