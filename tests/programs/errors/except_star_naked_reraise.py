# a naked exception caught by except* and re-raised escapes wrapped in a group
def load(key):
    try:
        raise KeyError(key)
    except* KeyError:
        print("logging and re-raising")
        raise
def main():
    load("missing")
main()
