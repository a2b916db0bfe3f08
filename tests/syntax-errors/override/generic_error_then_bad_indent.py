x = = 1
if y:
        a = 1
    b = 2
