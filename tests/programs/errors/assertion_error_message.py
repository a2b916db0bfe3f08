# AssertionError with a message
balance = 100
withdrawal = 150
assert withdrawal <= balance, f"cannot withdraw {withdrawal} from {balance}"
