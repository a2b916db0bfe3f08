assert (1 == 2, 'always true')
