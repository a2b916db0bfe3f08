# an invalid date, uncaught: ValueError and status 1
from datetime import datetime
print(datetime(2024, 2, 29))
datetime(2023, 2, 29)
