x = a + b = 3
