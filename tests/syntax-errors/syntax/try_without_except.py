try:
    run()
print('after')
