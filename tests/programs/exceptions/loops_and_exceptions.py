# break, continue and return inside try blocks
def search(items, target):
    for i, x in enumerate(items):
        try:
            if x == target:
                return i
            if x is None:
                continue
            if x < 0:
                break
        finally:
            print("checked", x)
    else:
        return "not found"
    return "stopped"
print(search([3, None, 5], 5))
print(search([1, 2], 9))
print(search([1, -1, 9], 9))
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("|")
print(results)
