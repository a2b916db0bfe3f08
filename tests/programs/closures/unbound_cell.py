# reading a free variable before it is assigned
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    value = 5
    return inner()
print(outer())
def deleted():
    v = 1
    def get():
        return v
    del v
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
deleted()
