match (x):
    case 1:
        pass
match x, y:
    case (1, 2):
        pass
match -x:
    case -1:
        pass
match [1, *rest]:
    case [1, *others]:
        pass
match match:
    case case:
        pass
