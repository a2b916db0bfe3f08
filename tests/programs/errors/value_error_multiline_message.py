# an exception whose message spans lines
raise ValueError("first line of the problem\nsecond line with details")
