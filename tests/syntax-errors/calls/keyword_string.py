f('key'=1)
