"""Structural pattern matching over a tiny expression language."""
from dataclasses import dataclass
from enum import Enum


class Op(Enum):
    ADD = "+"
    MUL = "*"
    NEG = "neg"


@dataclass
class Num:
    value: int | float


@dataclass
class Var:
    name: str


@dataclass
class Apply:
    op: Op
    args: list


def simplify(e):
    match e:
        case Apply(Op.ADD, [Num(0), x]) | Apply(Op.ADD, [x, Num(0)]):
            return simplify(x)
        case Apply(Op.MUL, [Num(1), x] | [x, Num(1)]):
            return simplify(x)
        case Apply(Op.MUL, [Num(0), _] | [_, Num(0)]):
            return Num(0)
        case Apply(op=Op.NEG, args=[Apply(Op.NEG, [inner])]):
            return simplify(inner)
        case Apply(op, [Num(a), Num(b)]) if op in (Op.ADD, Op.MUL):
            return Num(a + b if op is Op.ADD else a * b)
        case Apply(op, args):
            return Apply(op, [simplify(a) for a in args])
        case Num() | Var():
            return e
        case _:
            raise TypeError(f"not an expression: {e!r}")


def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False as flag:
            return f"flag {flag}"
        case 0 | 0.0 | 0j:
            return "zero"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "a complex literal"
        case "" | b"":
            return "empty text"
        case str(s) if len(s) > 20:
            return f"long text ({len(s)})"
        case [] | ():
            return "empty sequence"
        case [x]:
            return f"singleton {x!r}"
        case [first, *_, last]:
            return f"from {first!r} to {last!r}"
        case {"type": "point", "x": int(x), "y": int(y), **rest} if not rest:
            return f"point ({x}, {y})"
        case {"type": kind, **rest}:
            return f"{kind} with {sorted(rest)}"
        case Op.ADD | Op.MUL:
            return "binary operator"
        case {1: _, 2: _}:
            return "has one and two"
        case int(n) | float(n) if n < 0:
            return "negative"
        case (int() | float()) as n:
            return f"number {n}"
        case object(__class__=cls):
            return f"some {cls.__name__}"


def tokens(text):
    for word in text.split():
        match word.lower().partition("="):
            case (key, "=", val) if key:
                yield ("assign", key, val)
            case ("quit" | "exit", "", ""):
                yield ("quit",)
                return
            case (w, _, _):
                yield ("word", w)


match = case = _ = 3  # soft keywords are ordinary names elsewhere
print(match, case, _)
print(simplify(Apply(Op.ADD, [Num(0), Apply(Op.MUL, [Num(2), Num(3)])])))
for v in (None, True, 0, -1, "x" * 30, [1, 2, 3], {"type": "point", "x": 1, "y": 2}, Op.MUL):
    print(describe(v))
print(list(tokens("a=1 hello QUIT never")))
