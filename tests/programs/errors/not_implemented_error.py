# NotImplementedError from an abstract-style method
class Base:
    def run(self):
        raise NotImplementedError("subclasses must implement run")
class Child(Base):
    pass
Child().run()
