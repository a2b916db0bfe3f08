print('done'))
