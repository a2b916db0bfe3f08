# KeyError for the empty string
print({"a": 1}[""])
