# functions from another module use that module's globals
import _helper
GREETING = "main module greeting"
print(_helper.greet("you"))
_helper.GREETING = "patched"
print(_helper.greet("you"))
def local_greet():
    return GREETING
print(local_greet())
