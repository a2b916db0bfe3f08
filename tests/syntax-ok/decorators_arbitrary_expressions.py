@property
@functools.lru_cache(maxsize=None)
@(lambda f: f)
@buttons[0].clicked.connect
@x if y else z
def handler():
    pass

@dataclass
class Point:
    x: int = 0
    y: int = 0
