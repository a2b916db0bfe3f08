# format specs for complex
z = 1.23456 - 7.5j
print(format(z, ""), format(z, ".2f"), format(z, "e"), format(z, "g"), format(z, ".3"))
print(f"{z:>30}", f"{z:*^30.1f}", f"{z:+.1f}")
print(f"{2j:.0f}", f"{complex(1, 0):}", f"{-0j}")
print("%s %r" % (1 + 1j, 2j))
print(str(complex(1e300, 1e-300)))
