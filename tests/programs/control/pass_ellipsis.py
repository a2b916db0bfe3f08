# placeholder statements
def todo():
    pass
def stub():
    ...
class Empty:
    pass
for _ in range(2):
    pass
if True:
    ...
print(todo(), stub(), Empty.__name__, ..., type(...).__name__, ... is Ellipsis)
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print("all placeholders ran")
