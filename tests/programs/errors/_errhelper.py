"""Helper for errors/exception_from_helper_module.py."""
class HelperError(Exception):
    pass
def fail(reason):
    raise HelperError(reason)
