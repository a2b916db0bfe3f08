# KeyError for a missing str key
config = {"host": "localhost"}
print(config["host"])
print(config["port"])
