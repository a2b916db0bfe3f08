# ValueError removing a missing element
names = ["ann", "bob"]
names.remove("cy")
