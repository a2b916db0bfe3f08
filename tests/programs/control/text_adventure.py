# A tiny text adventure: rooms as dicts, commands dispatched through a dict of callables.
rooms = {
    "hall": {"desc": "A long hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Dusty books everywhere.", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["wine"], "locked": True},
}

class GameOver(Exception):
    pass

class State:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.log = []

    def say(self, msg, *args):
        self.log.append(msg % args if args else msg)
        print(msg % args if args else msg)

def cmd_look(state, *args):
    r = rooms[state.room]
    state.say("%s Exits: %s.", r["desc"], ", ".join(sorted(r["exits"])))
    if r["items"]:
        state.say("You see: %s", ", ".join(r["items"]))

def cmd_go(state, direction=None, *rest):
    if direction is None:
        state.say("Go where?")
        return
    r = rooms[state.room]
    target = r["exits"].get(direction)
    if target is None:
        state.say("You can't go %r.", direction)
        return
    if rooms[target].get("locked"):
        if "key" in state.inventory:
            state.say("You unlock the way %s.", direction)
            rooms[target]["locked"] = False
        else:
            state.say("The way %s is locked.", direction)
            return
    state.room = target
    state.moves += 1
    cmd_look(state)

def cmd_take(state, item=None, *rest):
    items = rooms[state.room]["items"]
    if item in items:
        items.remove(item)
        state.inventory.append(item)
        state.say("Taken: %s.", item)
    else:
        state.say("No %s here.", item)

def cmd_inv(state, *args):
    state.say("You carry: %s", state.inventory or "nothing")

def cmd_quit(state, *args):
    raise GameOver(f"quit after {state.moves} moves")

commands = {"look": cmd_look, "go": cmd_go, "take": cmd_take, "inventory": cmd_inv, "i": cmd_inv, "quit": cmd_quit}
aliases = {"n": ("go", "north"), "s": ("go", "south"), "e": ("go", "east"), "w": ("go", "west"),
           "u": ("go", "up"), "d": ("go", "down")}

script = """look
take lamp
go west
n
take key
take sword
s
e
d
take wine
i
dance
go
quit
look"""

state = State()
for line in script.splitlines():
    words = line.split()
    if words and words[0] in aliases:
        words = list(aliases[words[0]]) + words[1:]
    print(f"> {line}")
    handler = commands.get(words[0])
    if handler is None:
        print(f"I don't know how to {words[0]!r}.")
        continue
    try:
        handler(state, *words[1:])
    except GameOver as e:
        print("Game over:", e)
        break
print(len(state.log), state.moves, state.inventory)
print(sorted(commands, key=len))
print({k: v.__name__ for k, v in commands.items()})

# a state machine: transitions as a dict of (state, event) -> (new state, action)
def on(msg):
    def action(ctx):
        ctx.append(msg)
        return msg
    action.__qualname__ = "on." + msg
    return action

machine = {
    ("idle", "coin"): ("ready", on("accepted")),
    ("ready", "push"): ("idle", on("vend")),
    ("ready", "coin"): ("ready", on("refund")),
    ("idle", "push"): ("idle", on("nothing")),
}
ctx = []
st = "idle"
for ev in ["push", "coin", "coin", "push", "kick", "coin"]:
    try:
        st, act = machine[(st, ev)]
    except KeyError as k:
        print("bad transition", k, k.args)
        continue
    print(ev, "->", st, act(ctx), act.__qualname__)
print(ctx)
