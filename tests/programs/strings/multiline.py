# triple-quoted strings, dedent by hand and line handling
text = """\
First line
    indented line
Last line"""
print(text)
print(len(text.splitlines()), text.count("\n"))
poem = '''
roses
  violets
'''
print(repr(poem))
lines = [line.strip() for line in poem.strip().splitlines()]
print(lines)
width = max(len(l) for l in text.splitlines())
for l in text.splitlines():
    print("|" + l.ljust(width) + "|")
