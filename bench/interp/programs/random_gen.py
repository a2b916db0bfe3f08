# random: a Monte Carlo simulation drawing from the random module in a loop (random(),
# randint, choice, shuffle, gauss, uniform); the sequence is the seed's, so the result is
# the same on every implementation
# smoke size: 2000
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 350000
random.seed(20240607)
colors = ["red", "green", "blue", "black", "white"]
hits = 0
walk = 0
bins = [0] * 10
picks = {c: 0 for c in colors}
total = 0.0
deck = list(range(20))
for i in range(n):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        hits += 1
    walk += random.randint(-1, 1)
    picks[random.choice(colors)] += 1
    g = random.gauss(0.0, 1.0)
    k = int((g + 5.0) // 1.0)
    if 0 <= k < 10:
        bins[k] += 1
    total += random.uniform(-1.0, 1.0)
    if i % 50 == 0:
        random.shuffle(deck)
print(hits, walk, bins)
print([picks[c] for c in colors], round(total, 6), deck[:5])
