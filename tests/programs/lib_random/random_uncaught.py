# An uncaught error from the random module: the traceback's last line and the status.
import random

random.seed(1)
print(random.randrange(3, 9))
print(random.choice([]))
