msg = f'{x:=1}'
print(msg)
msg2 = f'{y:=}'
z = = 1
