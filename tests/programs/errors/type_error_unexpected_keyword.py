# TypeError for an unexpected keyword argument with a suggestion
def connect(host, port=80, timeout=5):
    return (host, port, timeout)
connect("example", timout=10)
