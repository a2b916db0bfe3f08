# mutating a captured object without nonlocal
def make_log():
    entries = []
    config = {"prefix": ">"}
    def log(msg):
        entries.append(config["prefix"] + msg)
    def set_prefix(p):
        config["prefix"] = p
    return log, set_prefix, entries
log, set_prefix, entries = make_log()
log("one")
set_prefix("#")
log("two")
print(entries)
def broken():
    n = 0
    def inc():
        n += 1
    try:
        inc()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
