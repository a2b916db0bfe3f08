# typing: the special forms and generic aliases, their reprs, equality, get_origin/get_args
import typing
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Literal, Final, ClassVar, Annotated, TypeAlias, Concatenate, TypeVar,
                    ParamSpec, TypeVarTuple, Generic, get_origin, get_args, Never, NoReturn,
                    Self, LiteralString, Required, NotRequired, ReadOnly, TypeGuard, TypeIs,
                    Unpack, AnyStr, Text, TYPE_CHECKING, NoDefault, Iterable, Iterator,
                    Sequence, Mapping, MutableMapping, Generator, Awaitable, Hashable, Sized,
                    AbstractSet, Deque, DefaultDict, OrderedDict, Counter, ChainMap)

print(Any, Union, Optional, List, Dict, Tuple, Callable, Literal, Final, ClassVar, Annotated)
print(Never, NoReturn, Self, LiteralString, TypeAlias, Concatenate, Required, NotRequired, ReadOnly)
print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int], Type[int], Tuple[int, str])
print(Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Optional[int], Union[int, str], Union[int, None, str], Union[None, int], Optional[Union[int, str]])
print(Union[int], Union[int, int], Union[int, Union[str, bytes]], Union[int, str] == Union[str, int])
print(Union[int, str] == (int | str), (int | str) == Union[int, str], hash(Union[int, str]) == hash(Union[str, int]))
print(Literal[1, "a", True, None], Literal[1, 1, 2], Literal[1] == Literal[1], Literal[1] == Literal[True])
print(Final[int], ClassVar[List[int]], Annotated[int, "meta", 3], Annotated[Annotated[int, 1], 2])
print(TypeGuard[int], TypeIs[str], Required[int], NotRequired[str], ReadOnly[int])
print(Iterable[int], Iterator, Sequence[str], Mapping[str, int], MutableMapping, Generator[int, None, None])
print(Awaitable[int], Hashable, Sized, AbstractSet[int], Deque[int], DefaultDict[str, int], OrderedDict, Counter[str], ChainMap[str, int])
print(List[int] == List[int], List[int] == List[str], hash(List[int]) == hash(List[int]), List == List)
print(List[int] == list[int], Dict[str, int].__origin__, Dict[str, int].__args__, Tuple[int, ...].__args__)

T = TypeVar("T")
S = TypeVar("S", int, str)
B = TypeVar("B", bound=float, covariant=True)
C = TypeVar("C", contravariant=True)
I = TypeVar("I", infer_variance=True)
D = TypeVar("D", default=int)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(T, S, B, C, I, D, P, Ts, AnyStr, T.__name__, S.__constraints__, B.__bound__, B.__covariant__, C.__contravariant__)
print(T.__bound__, T.__constraints__, T.__default__ is NoDefault, D.__default__, D.has_default(), T.has_default())
print(P.args, P.kwargs, get_origin(P.args) is P, Concatenate[int, P], Callable[P, int], Callable[Concatenate[int, P], int])
print(List[T], Dict[T, S], Dict[T, S][int, str], List[T][float], Tuple[T, ...][int], Callable[[T], S][int, str])
print(List[T].__parameters__, Dict[S, List[T]].__parameters__, Union[T, int][str], Optional[T][int])
for bad in [lambda: List[int, str], lambda: Dict[int], lambda: List[T][int, str], lambda: Union[()],
            lambda: Optional[int, str], lambda: Annotated[int], lambda: TypeVar("X", int),
            lambda: TypeVar("X", int, str, bound=int), lambda: TypeVar("X", covariant=True, contravariant=True),
            lambda: Any(), lambda: Union[int, str](), lambda: isinstance(1, List[int]),
            lambda: isinstance(1, Union), lambda: isinstance(1, Any), lambda: Never[int], lambda: ClassVar[int, str],
            lambda: Callable[int], lambda: List[int][str], lambda: Concatenate[int, str]]:
    try:
        result = bad()
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
    else:
        print("no error:", result)

print(isinstance([], List), isinstance({}, Dict), issubclass(list, List), isinstance(3, Union[int, str]), isinstance(3, Optional[str]))
print(isinstance(3, int | str), issubclass(bool, Union[int, str]))
for tp in [int, List[int], Dict[str, int], Optional[int], int | None, Union[int, str], Literal[1, 2],
           Annotated[int, "x"], Tuple[int, ...], Tuple[()],
           ClassVar[int], Final[str], list[int], dict[str, list[int]], Generic, Generic[T], List, P.args,
           Required[int], Unpack[Ts], Concatenate[int, P], T]:
    print(repr(tp), "->", get_origin(tp), get_args(tp))
print(TYPE_CHECKING, Text, typing.cast(int, "not an int"), typing.assert_type(5, int))
for make in (lambda: List[int](), lambda: List(), lambda: Dict[str, int](a=1), lambda: Deque[int]):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
x = typing.reveal_type([1, 2])
print(x)
try:
    typing.assert_never(7)
except AssertionError as e:
    print("AssertionError:", e)
try:
    typing.assert_never("y" * 150)
except AssertionError as e:
    print("AssertionError:", e)
print(int | List[int], List[int] | None, Optional[int] | str, Literal[1] | Literal[2] == Union[Literal[1], Literal[2]])
print(Union[int, "Foo"], List["int"], typing.ForwardRef("int"), typing.ForwardRef("a") == typing.ForwardRef("a"))
print(sorted(set(n for n in typing.__all__ if n[0].isupper()))[:12])
isinstance(1, Dict[str, int])
