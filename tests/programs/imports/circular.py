# circular imports see partially initialized modules
import _circ_a
print(_circ_a.from_b(), _circ_a.A_VALUE)
import _circ_b
print(_circ_b.partial_view(), _circ_b.B_VALUE)
