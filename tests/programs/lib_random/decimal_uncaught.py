# A trapped decimal signal left uncaught: its traceback's last line and the status.
from decimal import Decimal

print(Decimal(10) / 4)
print(Decimal(1) / Decimal(0))
