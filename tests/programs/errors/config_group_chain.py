# An exception group raised while handling a chained error, with a note and a finally.
class ConfigError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad value {s!r}") from e


def load(items):
    out = []
    for i in items:
        try:
            out.append(parse(i))
        except ConfigError:
            out.append(None)
            if i == "boom":
                raise
    return out


def main():
    try:
        load(["1", "boom"])
    finally:
        print("finally in main")


try:
    main()
except ConfigError as e:
    e.add_note("while loading the config")
    try:
        {}["k"]
    except KeyError:
        raise ExceptionGroup("many", [e, TypeError("t")])
