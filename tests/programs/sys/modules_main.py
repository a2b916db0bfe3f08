# __name__ and sys.modules for the main program
import sys
print(__name__, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
main = sys.modules["__main__"]
marker = "visible through the module"
print(main.marker, main.__name__, type(main).__name__)
if __name__ == "__main__":
    print("running as the main program")
print(__file__.endswith("modules_main.py"), __spec__ is None or __spec__.name)
