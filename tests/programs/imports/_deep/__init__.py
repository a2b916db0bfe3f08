from . import sub
from .sub import leaf
TOP = "deep"
