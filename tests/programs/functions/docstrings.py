# docstrings of functions, classes and modules
"""Module docstring for the corpus."""
def f():
    """Function doc.

    More lines here.
    """
class C:
    """Class doc."""
    def m(self):
        "Method doc."
print(repr(f.__doc__))
print(C.__doc__, C.m.__doc__, C().m.__doc__)
print(__doc__)
def not_doc():
    x = 1
    "not a docstring"
print(not_doc.__doc__)
