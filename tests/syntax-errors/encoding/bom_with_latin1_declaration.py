# coding: latin-1
print('hi')
