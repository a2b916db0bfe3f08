# TypeError instantiating a class whose __init__ takes no arguments
class Empty:
    pass
Empty(1, 2)
