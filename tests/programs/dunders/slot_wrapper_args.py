# The argument checks of the built-in types' special methods, called directly: slot
# wrappers (check_num_args, PyArg_UnpackTuple), METH_COEXIST methods and object's methods.


def t(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, repr(str(e)))


for s in ["'a'.__len__(1)", "'a'.__add__('b', 'c')", "'a'.__add__()", "'a'.__mul__()",
          "'a'.__getitem__()", "'a'.__contains__()", "'a'.__hash__(1)", "'a'.__lt__()",
          "(1).__add__()", "(1).__add__(1, 2)", "(1).__neg__(1)", "(1).__hash__(1)",
          "(1).__repr__(1)", "(1).__str__(1)", "(1).__bool__(1)", "(1).__eq__()",
          "(1).__lt__(1, 2)", "(1).__index__(1)", "(1).__int__(1)", "(1.0).__float__(1)",
          "(1).__float__(1)", "True.__and__()", "(1).__add__(x=1)", "(1).__neg__(x=1)",
          "int.__add__(1)", "int.__add__()", "int.__neg__()", "int.__neg__(1, 2)",
          "(1).__pow__()", "(1).__pow__(1, 2, 3)", "(1.0).__pow__(1, 2, 3)",
          "(1j).__add__()", "(1j).__neg__(1)", "(1j).__pow__()",
          "[1].__getitem__()", "[1].__getitem__(0, 1)", "[].__len__(1)", "[].__setitem__(1)",
          "[].__delitem__()", "[].__contains__()", "[].__iter__(1)", "[].__iadd__()",
          "[].__imul__()", "(1,).__getitem__()", "(1,).__len__(1)",
          "{}.__len__(1)", "{}.__getitem__()", "{}.__setitem__(1)", "{}.__contains__()",
          "{}.__iter__(1)", "{}.__delitem__()", "{}.__or__()", "dict.__getitem__()",
          "{1}.__contains__()", "{1}.__len__(1)", "{1}.__iter__(1)", "{1}.__or__()",
          "frozenset().__contains__()",
          "b''.__len__(1)", "b''.__getitem__()", "bytearray().__len__(1)",
          "range(1).__len__(1)", "range(1).__getitem__()",
          "object().__str__(1)", "object().__repr__(1)", "object().__hash__(1)",
          "object().__eq__()", "object().__setattr__('a')", "object().__delattr__()",
          "object().__getattribute__()", "(1).__getattribute__()", "(1).__setattr__('a')",
          "iter([]).__next__(1)", "iter([]).__iter__(1)", "(lambda: 1).__get__()",
          "int.__dict__['real'].__get__()",
          "(1).__reduce__(1)", "(1).__reduce_ex__()", "(1).__getstate__(1)", "(1).__dir__(1)",
          "(1).__sizeof__(1)", "'a'.__sizeof__(1)", "[].__sizeof__(1)", "{}.__sizeof__(1)",
          "True.__sizeof__(1)", "(1.0).__sizeof__(1)", "object().__sizeof__(1)",
          "(1).__init_subclass__(1)", "int.__init_subclass__(1)", "int.__subclasshook__()",
          "[1, 2].__getitem__(1)", "{1: 2}.__getitem__(1)", "'ab'.__getitem__(1)",
          "(3).__pow__(2, 5)", "(1).__sizeof__() > 0", "type(str.__getitem__).__name__",
          "type(list.__getitem__).__name__", "type(dict.__contains__).__name__",
          "type(tuple.__getitem__).__name__"]:
    t(s)


class L(list):
    pass


t("L().__len__(1)")
t("L().__getitem__()")
t("L().__sizeof__(1)")
