# f-string quoting and nesting rules of 3.12+
d = {"key": "value", 'x': 1}
print(f"{d["key"]}", f'{d['x']}', f"{"inner"}", f"{'single'}")
print(f"{"\n".join(["a", "b"])}")
print(f"{f"{f"{1}"}"}")
name = "n"
print(f"{name!r:{'>'}{10}}", f"{ name }", f"{name:}")
vals = [1, 2, 3]
print(f"{', '.join(str(v * 2) for v in vals)}")
print(f"{vals[0]:{vals[1]}}|", f"{3.0:{'.'}{vals[2]}f}")
print(f"{  # a comment inside
    name
}")
print(f"{'\\'}", f"{6}")
print(F"upper F", f"multi" "ple" f"parts {1}")
