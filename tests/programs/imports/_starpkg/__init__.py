__all__ = ["alpha", "inner", "CONST"]
CONST = 1
