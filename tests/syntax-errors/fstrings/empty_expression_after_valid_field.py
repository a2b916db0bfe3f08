msg = f'{x!r:>{width}} {}'
