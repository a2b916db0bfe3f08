# re matching: log parsing and tokenizing (search with groups on every line, findall of
# words, sub with a group template, a tokenizer of named alternatives with finditer);
# the subject text is made by a linear congruential generator, so the output is fixed
# smoke size: 200 (bench/run --smoke)
import re
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 40000

state = 42


def rnd(k):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 4) % k


WORDS = ["alpha", "beta", "gamma", "delta", "log", "request", "served", "cache", "miss",
         "hit", "user", "session", "timeout", "ok", "error", "retry"]
PATHS = ["/", "/index.html", "/api/items", "/api/users/42", "/static/app.js", "/login"]

lines = []
for i in range(n):
    ip = f"{rnd(256)}.{rnd(256)}.{rnd(256)}.{rnd(256)}"
    day = f"2024-{1 + rnd(12):02d}-{1 + rnd(28):02d}"
    method = "GET" if rnd(4) else "POST"
    status = (200, 200, 200, 304, 404, 500)[rnd(6)]
    words = " ".join(WORDS[rnd(len(WORDS))] for _ in range(3 + rnd(5)))
    lines.append(f'{ip} - - [{day} 12:{rnd(60):02d}:{rnd(60):02d}] "{method} '
                 f'{PATHS[rnd(len(PATHS))]} HTTP/1.1" {status} {rnd(50000)} {words}')
text = "\n".join(lines)

LINE = re.compile(r'(\d+\.\d+\.\d+\.\d+) - - \[([^\]]+)\] "(GET|POST) (\S+) HTTP/1\.[01]" '
                  r'(\d{3}) (\d+)')
statuses = {}
total_bytes = 0
for line in lines:
    m = LINE.search(line)
    if m:
        statuses[m.group(5)] = statuses.get(m.group(5), 0) + 1
        total_bytes += int(m.group(6))
print(sorted(statuses.items()), total_bytes)

words = re.findall(r"\b[a-z]{4,}\b", text)
print(len(words), words[:3])

swapped = re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", text)
print(len(swapped), swapped[:60])

errors = re.findall(r"^.*\" 5\d\d .*$", text, re.M)
print(len(errors))

TOKEN = re.compile(r"(?P<NUMBER>\d+(?:\.\d*)?)|(?P<NAME>[A-Za-z_]\w*)|(?P<OP>[-+*/=()])"
                   r"|(?P<WS>\s+)|(?P<OTHER>.)")
program = " ".join(f"x{i} = (y{i % 7} + {i}.5) * z - {i % 13} / w{i % 3};"
                   for i in range(n // 4))
kinds = {}
for m in TOKEN.finditer(program):
    kind = m.lastgroup
    if kind != "WS":
        kinds[kind] = kinds.get(kind, 0) + 1
print(sorted(kinds.items()))

# a case-insensitive search and a split
print(len(re.findall(r"(?i)ERROR|RETRY", text)), len(re.split(r"[\[\]\"]", text)))
