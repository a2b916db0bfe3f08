# ImportError importing a missing name from a module
from sys import no_such_attribute_here
