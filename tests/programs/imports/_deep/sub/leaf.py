from .. import sub
from ..sub import SUB
from . import sibling
LEAF = "leaf of " + SUB
def beyond():
    from ... import nothing
