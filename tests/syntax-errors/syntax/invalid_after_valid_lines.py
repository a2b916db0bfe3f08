import os

def main():
    path = os.getcwd()
    print(path path)

main()
