# SyntaxError made by code: its location fields and str()
def attempt(args):
    try:
        e = SyntaxError(*args)
    except TypeError as err:
        print("TypeError:", err)
        return
    print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno,
          e.end_offset, e.print_file_and_line, len(e.args))


attempt(())
attempt(("only message",))
attempt(("m", ("dir/file.py", 3, 5, "text\n")))
attempt(("m", ("dir/file.py", 3, 5, "text\n", 3, 7)))
attempt(("m", (None, 4, 1, None)))
attempt(("m", ("file.py", None, 1, None)))
attempt(("m", ["list.py", 1, 2, "x"]))
attempt(("m", ("f", 1)))
attempt(("m", ("f", 1, 2, "t", 1, 2, 3)))
attempt(("m", 5))
attempt(("a", "b", "c"))
print(str(IndentationError("bad", ("g.py", 2, 1, "  x"))), issubclass(TabError, SyntaxError))
try:
    exec("value = (1,\n")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
