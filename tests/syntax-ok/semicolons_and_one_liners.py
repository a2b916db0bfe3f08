x = 1; y = 2; z = 3
if x: y = 4; z = 5
while False: pass
for i in (): continue
class C: pass
def f(): return 1;
with a: pass
