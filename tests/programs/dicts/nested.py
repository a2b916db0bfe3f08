# nested dicts as records and trees
db = {
    "alice": {"age": 30, "langs": ["py", "java"]},
    "bob": {"age": 25, "langs": []},
}
db["carol"] = {"age": 35, "langs": ["c"]}
db["bob"]["langs"].append("go")
print(db)
print(sorted(db, key=lambda n: db[n]["age"]))
print({n: len(r["langs"]) for n, r in db.items()})
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def depth(t):
    return 1 + max((depth(v) for v in t.values()), default=0)
print(depth(tree))
