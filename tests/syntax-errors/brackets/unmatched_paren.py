answer = 42)
