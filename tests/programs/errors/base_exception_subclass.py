# an uncaught BaseException subclass that is not an Exception
class Abort(BaseException):
    pass
print("aborting")
raise Abort("stop everything")
