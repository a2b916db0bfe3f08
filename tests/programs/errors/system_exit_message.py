# an uncaught SystemExit with a str: the message on stderr, status 1
import sys
def main():
    print("checking arguments")
    sys.exit("usage: program FILE")
main()
