obj.match.case.type._
f(match=1, case=2, type=3, _=4)
x = {'if': 1}
print(obj.print, obj.exec)
import match
from type import case as match
