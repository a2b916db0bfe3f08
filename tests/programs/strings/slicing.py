# slicing strings with all kinds of steps and bounds
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2], s[5:2], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1], s[:-4:-1])
print(s[::3], s[::-3], s[::100], s[::-100], s[5::-1], s[:5:-1])
print(s[None:None:None], s[slice(2, None)], s[slice(None, None, -4)])
t = "a😀b𝄞cé"
print(t[1:4], t[::-1], t[::2], t[-2:], t[1::2])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1.5:2]
except TypeError as e:
    print("TypeError:", e)
print(s[-10**20:10**20], s[10**20::-1][:3])
class I:
    def __index__(self):
        return 3
print(s[I():], s[:I()], s[::I()])
