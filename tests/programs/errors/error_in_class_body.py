# an error while executing a class body
class Config:
    defaults = {"a": 1}
    selected = defaults["b"]
