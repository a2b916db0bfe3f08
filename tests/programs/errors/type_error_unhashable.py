# TypeError using a list as a dict key
index = {}
index[[1, 2]] = "pair"
