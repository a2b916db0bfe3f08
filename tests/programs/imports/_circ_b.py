print("_circ_b start")
import _circ_a
B_VALUE = "b"
def partial_view():
    return hasattr(_circ_a, "A_VALUE")
print("_circ_b sees A_VALUE during import:", hasattr(_circ_a, "A_VALUE"))
print("_circ_b end")
