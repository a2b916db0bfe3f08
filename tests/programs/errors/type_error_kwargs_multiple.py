# TypeError passing the same argument twice
def draw(x, y):
    return x, y
draw(1, x=2)
