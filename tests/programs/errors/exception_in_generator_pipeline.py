# A ValueError from int() inside a generator pipeline, through several frames.
def read(lines):
    for line in lines:
        yield line.strip()

def parse(items):
    for item in items:
        yield int(item)

def total(nums):
    s = 0
    for n in nums:
        s += n
        print("running", s)
    return s

print(total(parse(read(["1\n", " 2", "three", "4"]))))
