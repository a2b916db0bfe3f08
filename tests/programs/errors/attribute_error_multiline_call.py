# a method call split over lines: the carets point at the attribute name on its own line
class Config:
    def __init__(self):
        self.values = {"a": 1}
    def get(self, key):
        return self.values[key]
config = Config()
total = 0
total += (config
          .get("a"))
print(total)
result = (config
          .fetch("b"))
