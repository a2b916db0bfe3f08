# an exception class defined in another module is printed with its module name
import _errhelper
print("calling the helper")
_errhelper.fail("bad input")
