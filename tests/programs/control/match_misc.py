# match subject evaluation, no-match fallthrough and irrefutable patterns
def subject():
    print("subject evaluated")
    return (1, 2)
match subject():
    case (1, 3):
        print("no")
    case (1, y) if print("guard runs") or y == 2:
        print("matched y =", y)
match 5:
    case 1:
        print("not reached")
print("no case matched, nothing happens")
cmds = ["go north", "take lamp", "quit", "look", "go"]
for cmd in cmds:
    match cmd.split():
        case ["go", direction]:
            print("moving", direction)
        case ["go"]:
            print("go where?")
        case ["take", item]:
            print("taking", item)
        case ["quit" | "exit"]:
            print("bye")
        case [verb, *_]:
            print("unknown verb", verb)
