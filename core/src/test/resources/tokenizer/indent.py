if a:
    if b:
        pass

    # comment at another level
        # deeper comment
    c = 1
d = 2
while True:
	x = 1
	if x:
		break
class E:

    def m(self): pass
