if ok:
        a = 1
    b = 2
