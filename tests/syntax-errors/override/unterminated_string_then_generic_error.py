y = 'abc
x = = 1
