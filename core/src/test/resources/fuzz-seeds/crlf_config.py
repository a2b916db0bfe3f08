# Windows line endings throughout.
import os


class Config:
    """Settings read from the environment."""

    def __init__(self, env=None):
        env = os.environ if env is None else env
        self.debug = env.get("DEBUG", "0") not in ("0", "", "false")
        self.level = int(env.get("LEVEL", 3))
        self.paths = [p for p in env.get("PATHS", "").split(os.pathsep) if p]

    def __repr__(self):
        return (f"Config(debug={self.debug}, "
                f"level={self.level}, paths={self.paths!r})")


def load(*overrides, **kw):
    cfg = Config(kw or None)
    for key, value in overrides:
        setattr(cfg, key, value)
    text = """multi-line
    string with CRLF inside
    """
    return cfg, text.splitlines()


if __name__ == "__main__":
    print(load(("level", 9), DEBUG="1"))
