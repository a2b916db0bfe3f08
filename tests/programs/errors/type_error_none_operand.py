# TypeError with None as an operand
def maybe():
    return None
value = maybe() + 5
