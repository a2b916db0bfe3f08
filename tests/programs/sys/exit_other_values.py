# sys.exit with a non-int, non-str value prints its str to stderr and exits with 1
import sys
print("exiting with a list")
sys.exit(["not", "an", "int"])
