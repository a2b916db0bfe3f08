print(end=*a)
