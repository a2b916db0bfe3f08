# text processing: str methods, split/join, f-strings, dict counting, sorting with keys
# smoke size: 2 (bench/interp/run --smoke)
import sys

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(lines, seed):
    out = []
    for i in range(lines):
        words = []
        for j in range(8 + i % 5):
            seed = (seed * 1103515245 + 12345) % 2147483648
            w = WORDS[seed % len(WORDS)]
            if seed % 7 == 0:
                w = w.capitalize()
            words.append(w)
        out.append(" ".join(words) + ("." if i % 2 else ","))
    return out, seed


def count_words(lines):
    counts = {}
    for line in lines:
        for word in line.strip(".,").lower().split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def report(counts):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    rows = [f"{word:>8}|{count:6d}" for word, count in ranked[:5]]
    return "\n".join(rows)


def digest(lines):
    h = 0
    for line in lines:
        upper = line.upper().replace("A", "4")
        if upper.startswith("ALPH") or "OMEG" in upper:
            h = (h * 31 + len(upper)) % 1000000007
        parts = line.partition(" ")
        h = (h + len(parts[0]) * 7 + line.find("mu")) % 1000000007
    return h


n = int(sys.argv[1]) if len(sys.argv) > 1 else 450
seed = 42
total = {}
h = 0
for rnd in range(n):
    lines, seed = make_text(500, seed)
    for word, c in count_words(lines).items():
        total[word] = total.get(word, 0) + c
    h = (h * 17 + digest(lines)) % 1000000007
    keys = sorted(total)
    csv = ",".join(f"{k}={total[k]}" for k in keys[:4])
print(report(total))
print(len(total), sum(total.values()), h)
print(csv)
