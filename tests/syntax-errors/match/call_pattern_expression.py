match x:
    case f(1 + 1):
        pass
