# a SyntaxError in an imported module, uncaught
print("before")
import _bad_syntax
