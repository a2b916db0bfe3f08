# user-defined exception classes
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NoInit(AppError):
    pass
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.field)
for exc in (NoInit(), NoInit("one"), NoInit("a", 2), AppError([1, 2])):
    print(repr(exc), "|", str(exc), "|", exc.args)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
e = AppError("x")
e.args = ("changed", 1)
print(e, repr(e))
class Code(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise Code(404)
except Code as c:
    print(c.code, c.args, str(c), repr(c))
