# f-strings with !r, !s, !a and the = specifier
name = "Zoë"
n = 3.0
items = [1, "two", None]
print(f"{name}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'€'!a}")
print(f"{items}", f"{items!r}", f"{items!a}")
print(f"{name=}", f"{n=}", f"{items=}", f"{1 + 2=}", f"{name = }", f"{n=:.2f}", f"{name=!s}")
print(f"{n!r:>10}", f"{name!r:*^12}", f"{n=!r:^9}")
x = 10
print(f"{x=}, {x*2=}, {x    =}, {(lambda: 5)()=}")
print(f"{'{'}{'}'}", f"{{x}}", f"{{{x}}}", f"{x!r}{x!s}")
print(f"{'nested ' + f'{x:03}'}", f"{f'{f'{x}'}'}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|", f"{'s':>{width}}|", f"{x:{'+'}}")
print(f"""{
    x + 1
}""", f"{x:#x}" f"{x:b}", rf"\n{x}", fr"{x}\t")
print(f"{'a' if x > 5 else 'b'}", f"{x:{'>' if x else '<'}5}", f"{[i for i in range(3)]}")
print(f"{dict(a=1)['a']}", f"{ {'k': 'v'}['k'] }", f"{x,}", f"{(x, x)}")
