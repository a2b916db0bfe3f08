# lambdas stored in data structures
ops = [("double", lambda x: x * 2), ("neg", lambda x: -x), ("str", lambda x: str(x) * 2)]
for name, fn in ops:
    print(name, fn(21))
dispatch = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "pow": lambda a, b: a ** b,
}
print({k: v(2, 5) for k, v in dispatch.items()})
pipeline = [lambda s: s.strip(), lambda s: s.lower(), lambda s: s.replace(" ", "_")]
text = "  Hello World  "
for step in pipeline:
    text = step(text)
print(text)
