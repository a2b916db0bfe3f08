call(1,
x = = 2
