# TypeError joining non-str items
print(", ".join(["a", "b"]))
print(", ".join(["a", 2, "c"]))
