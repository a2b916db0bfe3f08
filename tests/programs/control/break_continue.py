# break and continue in nested loops and with try/finally
out = []
for i in range(5):
    if i % 2:
        continue
    for j in range(5):
        if j > i:
            break
        out.append((i, j))
print(out)
count = 0
while True:
    count += 1
    try:
        if count < 3:
            continue
        if count == 5:
            break
    finally:
        print("finally", count)
print("count", count)
words = ["alpha", "", "beta", "STOP", "gamma"]
kept = []
for w in words:
    if not w:
        continue
    if w == "STOP":
        break
    kept.append(w.upper())
print(kept)
