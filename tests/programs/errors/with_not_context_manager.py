# an object without __enter__/__exit__ in a with statement: the carets point at it
class Resource:
    def __enter__(self):
        return self
with Resource() as r, Resource():
    print("inside")
class Plain:
    pass
print("before")
with Resource() as r, Plain():
    print("never")
