# TypeError for too many positional arguments to a method
class Greeter:
    def hello(self, name):
        return "hi " + name
print(Greeter().hello("a", "b"))
