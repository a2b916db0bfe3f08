# an uncaught user-defined exception without arguments
class Halt(Exception):
    pass
raise Halt
