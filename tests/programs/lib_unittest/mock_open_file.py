# unittest.mock.mock_open: reading the given data with read, readline, readlines and
# iteration (again from the start at each open), writes recorded, bytes data, calls.
from unittest.mock import mock_open, patch, call
m = mock_open(read_data="line1\nline2\nline3\n")
with patch("builtins.open", m):
    with open("some/file.txt") as f:
        print(repr(f.read()))
    with open("some/file.txt") as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open("x") as f:
        print([line for line in f])
    with open("out.txt", "w") as f:
        f.write("hello")
print(m.call_args_list)
print(m.mock_calls[:4])
handle = m()
handle.write.assert_called_once_with("hello")
b = mock_open(read_data=b"\x00\x01")
with patch("builtins.open", b):
    with open("bin", "rb") as f:
        print(f.read())
h = mock_open()
with patch("builtins.open", h):
    open("a").read()
print(h.return_value.read.call_count)
