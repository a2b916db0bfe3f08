# __traceback__ objects record line numbers
def fail():
    raise ValueError("deep")
def middle():
    fail()
try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
e = ValueError("fresh")
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)
