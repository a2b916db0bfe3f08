# KeyError removing a missing set element
s = {1, 2}
s.remove(3)
