print = print
p = print
print
(print)
x = [print, print]
def print_all(print=print):
    return print
