print("module code starts")
def helper():
    raise ValueError("boom while importing")
helper()
