assert x, :
