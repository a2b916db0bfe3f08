doc = """Start of docs

more text
