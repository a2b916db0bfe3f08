"""Helper module imported by the imports/ programs."""
print("_helper is being imported, __name__ =", __name__)
GREETING = "hello"
counter = 0
def greet(name):
    return f"{GREETING}, {name}"
def bump():
    global counter
    counter += 1
    return counter
class Widget:
    def __init__(self, size):
        self.size = size
    def __repr__(self):
        return f"Widget({self.size})"
_private = "not exported by *"
__all__ = ["greet", "Widget", "GREETING"]
if __name__ == "__main__":
    print("this never runs on import")
