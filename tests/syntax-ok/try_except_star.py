try:
    run()
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
else:
    pass
finally:
    pass
try:
    pass
except (A, B) as e:
    pass
except:
    raise
