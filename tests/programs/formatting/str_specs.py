# format specs for str
s = "hello"
for spec in ("", "s", "10", "<10", ">10", "^10", "^11", "*^11", "-<8", ".2", "10.3", ">10.1", "=^3"):
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "5")), repr(format("é€𝄞", "^7")), repr(format("abc", "0>6")), repr(format("x", "07")))
for bad in ("d", "+", "=5", ",", "#", "05d"):
    try:
        format(s, bad)
    except ValueError as e:
        print("ValueError:", e)
print(repr(f"{'wide':{'~'}^{12}}"), f"{'a':{3}}|")
