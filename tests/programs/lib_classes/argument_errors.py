# types, enum, dataclasses, contextlib and typing called with wrong arguments: CPython's
# exception types and messages
import enum, typing, dataclasses, types, contextlib
cases = [
 lambda: enum.Enum('X', 5), lambda: typing.List[...], lambda: dataclasses.dataclass(5),
 lambda: types.new_class(5), lambda: contextlib.ExitStack().push(None), lambda: typing.TypeVar(5),
 lambda: typing.TypeVar(), lambda: typing.TypeVar('T', foo=1), lambda: typing.ParamSpec('P', 1),
 lambda: typing.TypeVarTuple(), lambda: types.GenericAlias(), lambda: types.GenericAlias(list, int, 3),
 lambda: types.MethodType(1, 2), lambda: types.MethodType(len, None), lambda: types.MethodType(len),
 lambda: typing.Union[1], lambda: typing.Literal[[]], lambda: typing.get_type_hints(5),
 lambda: typing.NewType(1, 2), lambda: enum.Enum('A', [('x',)]), lambda: dataclasses.fields(None),
 lambda: dataclasses.make_dataclass(5, []), lambda: types.SimpleNamespace(**{'a': 1}).__eq__(3),
 lambda: isinstance(1, typing.Protocol), lambda: issubclass(1, typing.List), lambda: typing.Callable[1, 2],
 lambda: typing.Generic[1], lambda: contextlib.suppress(1).__exit__(ValueError, ValueError(), None),
 lambda: enum.Flag('F', 'A B')(7), lambda: typing.TypeVar('T', int, str, default=int).__default__,
 lambda: typing.TypeVar('T', covariant=True, infer_variance=True),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
