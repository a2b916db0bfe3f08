# a small Mandelbrot set rendered with complex numbers
for y in range(-10, 11):
    row = []
    for x in range(-30, 11):
        c = complex(x / 15, y / 8)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < 30:
            z = z * z + c
            n += 1
        row.append("#" if n == 30 else " .:-=+*%@"[n % 9])
    print("".join(row))
