# An uncaught error in nested calls: the whole traceback is printed.
class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def parse(self):
        items = []
        while self.pos < len(self.text):
            items.append(self.item())
        return items

    def item(self):
        ch = self.text[self.pos]
        self.pos += 1
        return self.convert(ch)

    def convert(self, ch):
        return {"a": 1, "b": 2}[ch]


def load(text):
    p = Parser(text)
    return p.parse()


print(load("abba"))
print(load("abc"))
