data = load()]
