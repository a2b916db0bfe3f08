if ready:
print('go')
