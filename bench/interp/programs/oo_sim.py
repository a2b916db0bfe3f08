# an object-oriented process scheduler: classes, inheritance, super(), properties,
# smoke size: 200 (bench/interp/run --smoke)
# method calls, __lt__ in a hand-written binary heap, isinstance
import sys


class Event:
    __slots__ = ("time", "seq", "task")

    def __init__(self, time, seq, task):
        self.time = time
        self.seq = seq
        self.task = task

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq


class EventQueue:
    def __init__(self):
        self._heap = []
        self._seq = 0

    def __len__(self):
        return len(self._heap)

    def push(self, time, task):
        self._seq += 1
        heap = self._heap
        heap.append(Event(time, self._seq, task))
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[i] < heap[parent]:
                heap[i], heap[parent] = heap[parent], heap[i]
                i = parent
            else:
                break

    def pop(self):
        heap = self._heap
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            n = len(heap)
            while True:
                child = 2 * i + 1
                if child >= n:
                    break
                if child + 1 < n and heap[child + 1] < heap[child]:
                    child += 1
                if heap[child] < heap[i]:
                    heap[i], heap[child] = heap[child], heap[i]
                    i = child
                else:
                    break
        return top


class Task:
    def __init__(self, name, work):
        self.name = name
        self._remaining = work
        self.finished_at = None
        self.steps = 0

    @property
    def remaining(self):
        return self._remaining

    @property
    def done(self):
        return self._remaining <= 0

    def quantum(self):
        return 4

    def step(self, now):
        self.steps += 1
        used = min(self.quantum(), self._remaining)
        self._remaining -= used
        return used


class CpuTask(Task):
    def __init__(self, name, work, priority):
        super().__init__(name, work)
        self.priority = priority

    def quantum(self):
        return 2 + self.priority


class IoTask(Task):
    def __init__(self, name, work, latency):
        super().__init__(name, work)
        self.latency = latency
        self.waits = 0

    def step(self, now):
        used = super().step(now)
        self.waits += 1
        return used + self.latency


class Scheduler:
    def __init__(self):
        self.queue = EventQueue()
        self.now = 0
        self.finished = []
        self.busy = 0

    def spawn(self, task, at):
        self.queue.push(at, task)

    def run(self):
        while len(self.queue):
            event = self.queue.pop()
            self.now = event.time
            task = event.task
            used = task.step(self.now)
            self.busy += used
            if task.done:
                task.finished_at = self.now + used
                self.finished.append(task)
            else:
                self.queue.push(self.now + used, task)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 15_000
sched = Scheduler()
seed = 12345
for i in range(n):
    seed = (seed * 1103515245 + 12345) % 2147483648
    work = 20 + seed % 60
    if i % 3 == 0:
        task = IoTask(f"io{i}", work, 1 + seed % 5)
    else:
        task = CpuTask(f"cpu{i}", work, seed % 4)
    sched.spawn(task, i % 50)
sched.run()
io = [t for t in sched.finished if isinstance(t, IoTask)]
total_steps = sum(t.steps for t in sched.finished)
last = sched.finished[-1]
print(len(sched.finished), len(io), total_steps, sched.busy, sched.now)
print(last.name, last.finished_at, sum(t.waits for t in io))
