for 1 in items:
    pass
