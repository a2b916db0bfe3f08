# A closure reading a variable of its enclosing function before it is assigned.
def make_counter():
    def increment():
        return count + 1
    print(increment.__code__.co_freevars)
    result = increment()
    count = 0
    return result

make_counter()
