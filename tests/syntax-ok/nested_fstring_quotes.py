name = "world"
a = f"hello {name}"
b = f'{"nested"}'
c = f"{f'{f"{name}"}'}"
d = f"{'a' if name else "b"}"
e = f"{name!r:>{10}}"
g = f"{ {'k': 1}['k'] }"
h = f"{name=}"
i = f"{name = !s:^20}"
j = f"{'\n'.join(['a', 'b'])}"
k = f'''{
    name
}'''
l = f"{{literal}} {name}"
m = rf"\d{name}"
n = f"{3.14:{'.2f'}}"
