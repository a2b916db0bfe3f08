# a SyntaxError raised by code is printed from its fields: file, line, text and carets
def check(source):
    if "=" not in source:
        raise SyntaxError("expected an assignment",
                          ("config.txt", 12, 5, "    name value\n", 12, 15))
check("a = 1")
print("first line is fine")
check("name value")
