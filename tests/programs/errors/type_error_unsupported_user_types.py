# TypeError for an operator no class defines
class Money:
    pass
class Apples:
    pass
Money() * Apples()
