# sys.exit with an int sets the exit status; nothing goes to stderr
import sys
print("before exit")
sys.exit(3)
print("never printed")
