# an exception raised while handling another one
try:
    {}["missing"]
except KeyError:
    undefined_handler_name()
