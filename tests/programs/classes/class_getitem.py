# __class_getitem__ and builtin generic aliases
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[(int, str)] if False else Box[3])
print(list[int], dict[str, list[int]], tuple[int, ...], type[object])
alias = list[int]
print(alias.__origin__, alias.__args__, alias() == [], type(alias).__name__)
print(list[int]("ab"))
