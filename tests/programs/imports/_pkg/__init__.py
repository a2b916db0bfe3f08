print("_pkg/__init__ runs")
from .sub import double
from . import sub as sub_module
PKG_NAME = __name__
