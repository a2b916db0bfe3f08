# NameError for a free variable read before the enclosing function assigns it
def outer():
    def inner():
        return later
    inner()
    later = 1
outer()
