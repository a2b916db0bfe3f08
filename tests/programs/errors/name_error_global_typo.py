# NameError with a suggestion taken from the module globals
configuration = {"debug": True}
def show():
    return configuraton["debug"]
show()
