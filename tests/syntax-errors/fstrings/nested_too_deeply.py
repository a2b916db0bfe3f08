msg = f'{a:{b:{c:{d}}}}'
