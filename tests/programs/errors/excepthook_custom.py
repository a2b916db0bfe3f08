# a program's sys.excepthook gets the uncaught exception; sys.__excepthook__ prints it
import sys
def hook(exc_type, value, tb):
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("hook:", exc_type.__name__, value, "frames:", depth, file=sys.stderr)
    sys.__excepthook__(exc_type, value, value.__traceback__)
    print("the exit status stays 1")
print(sys.excepthook is sys.__excepthook__)
sys.excepthook = hook
def parse(text):
    return int(text)
parse("forty-two")
