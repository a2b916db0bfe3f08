# data descriptors win over instance dicts; non-data descriptors do not
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data-desc"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)
class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "nondata-desc" if obj is not None else "class access"
class C:
    d = DataDesc()
    n = NonDataDesc()
c = C()
c.__dict__["d"] = "instance d"
c.__dict__["n"] = "instance n"
print(c.d, c.n, C.n)
c.d = 5
print(c.__dict__)
class Named:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return f"I am {self.name} of {objtype.__name__}"
class Host:
    alpha = Named()
    beta = Named()
print(Host().alpha, Host.beta)
