for i in x:
    pass
else:
    pass
else:
    pass
