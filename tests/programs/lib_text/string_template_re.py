# (pending: needs the re module; rename to string_template_re.py and regenerate once re is
# merged) string.Template subclasses whose placeholders are regular expressions.
import re
import string


class Dotted(string.Template):
    idpattern = r"[a-z][_a-z0-9]*(?:\.[a-z][_a-z0-9]*)*"


d = Dotted("$user.name is ${user.age}; $$ $x.y.z")
print(d.safe_substitute({"user.name": "ann", "user.age": 3}), d.get_identifiers())


class Braced(string.Template):
    braceidpattern = r"[^}]+"


print(Braced("${any thing} $plain").substitute({"any thing": 1, "plain": 2}))


class Upper(string.Template):
    flags = 0
    idpattern = r"[A-Z]+"


print(Upper("$ABC $abc").safe_substitute(ABC=1, abc=2), Upper("$ABC $abc").is_valid())


class Custom(string.Template):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \{(?P<braced>[a-z]+)\} |
      (?P<invalid>)
    )
    """


c = Custom("#a ## #{b} #1")
print(c.safe_substitute(a="A", b="B"), c.get_identifiers(), c.is_valid())
try:
    c.substitute(a="A", b="B")
except ValueError as e:
    print("ValueError", e)
print(type(string.Template.pattern).__name__, string.Template.pattern.flags & re.VERBOSE != 0)
print(Custom.pattern.pattern.strip().splitlines()[0])


class NoGroups(string.Template):
    pattern = r"\$(?P<named>[a-z]+)|\$(?P<escaped>\$)|\$(?P<braced>\{)|\$(?P<other>!)"


NoGroups("$!").substitute()
