a = f"plain {x} and {y!r:>10} and {z=}"
b = f'{"nested"} {f"{inner}"} {x:{width}.{prec}}'
c = rf"raw {x}\n" F"{a['key']}" f"{{escaped}} {x:{w}}"
d = f"""multi
{x
 + y}
line"""
e = f"{x = !s:^20}"
f = f"\N{BULLET} {value:,}"
