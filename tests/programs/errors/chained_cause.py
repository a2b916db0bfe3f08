# an uncaught exception raised from another one
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not parse {text!r}") from e
parse("x1")
