# AttributeError on a module, with a suggestion
import sys
print(sys.argvv)
