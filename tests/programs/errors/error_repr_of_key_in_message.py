# KeyError of a key whose repr needs quotes escaped
print({"it's": 1}["it's not"])
