z = 1.5jj
