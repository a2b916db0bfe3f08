# Unpacking rows of the wrong width in a for loop.
rows = [("ann", 31), ("bob", 25), ("cid", 40, "extra")]
for name, age in rows:
    print(f"{name:>5} {age:3d}")
