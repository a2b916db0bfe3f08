# input() and sys.stdin at end of input (the corpus runs programs with empty stdin)
import sys
print(sys.stdin.read(), "<- empty read")
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", e)
print(sys.stdin.readline() == "")
