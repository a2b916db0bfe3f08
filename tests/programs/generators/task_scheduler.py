# A round-robin task scheduler built on generators: tasks yield requests, the scheduler
# sends results back, throws timeouts in and collects return values.
class Timeout(Exception):
    pass

def worker(name, steps):
    total = 0
    for i in range(steps):
        got = yield ("work", name, i)
        total += got
    return f"{name} done: {total}"

def sleeper(name, naps):
    try:
        for n in range(naps):
            yield ("sleep", name, n)
    except Timeout as t:
        print(f"  {name} interrupted: {t}")
        yield ("cleanup", name, -1)
        return f"{name} timed out"
    return f"{name} rested"

def pipeline(name):
    a = yield from worker(name + ".a", 2)
    b = yield from sleeper(name + ".b", 1)
    return f"{name}: [{a}] [{b}]"

def run(tasks, max_rounds=12):
    queue = list(tasks)
    results = {}
    pending = {id(t): 0 for t in queue}
    rounds = 0
    timed_out = set()
    while queue:
        task = queue.pop(0)
        rounds += 1
        try:
            if rounds > max_rounds and id(task) not in timed_out:
                timed_out.add(id(task))
                request = task.throw(Timeout(f"round {rounds}"))
            else:
                request = task.send(pending[id(task)])
        except StopIteration as stop:
            results[task.__name__ + str(len(results))] = stop.value
            continue
        kind, who, n = request
        print(f"round {rounds:2}: {kind:<7} {who:<6} {n}")
        pending[id(task)] = n * 10 if kind == "work" else None
        queue.append(task)
    return results

tasks = [worker("w1", 3), sleeper("s1", 20), pipeline("p"), worker("w2", 1)]
for t in tasks:
    next_value = None
results = {}
primed = []
for t in tasks:
    first = next(t)
    print("primed", t.__name__, first)
    primed.append(t)
res = run(primed)
for k, v in sorted(res.items()):
    print(k, "->", v)
g = worker("solo", 2)
print(next(g), g.send(5), end=" ")
try:
    g.send(6)
except StopIteration as e:
    print("|", e.value)
print(g.gi_frame, g.gi_running)
s = sleeper("s", 3)
next(s)
print(s.throw(Timeout("now")))
try:
    next(s)
except StopIteration as e:
    print("stopped:", e.value)
s2 = sleeper("s2", 3)
next(s2)
s2.close()
print("closed s2:", s2.gi_frame is None)
