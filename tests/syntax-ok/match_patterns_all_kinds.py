match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case {"x": x, "y": y, **rest}:
        pass
    case [Point(x=0, y=0), *_]:
        pass
    case 1 | 2 | 3 as small:
        pass
    case -1.5 | 2+3j | -4-5j:
        pass
    case None | True | False:
        pass
    case str() | bytes():
        pass
    case Color.RED:
        pass
    case "a" "b":
        pass
    case _ if flag:
        pass
