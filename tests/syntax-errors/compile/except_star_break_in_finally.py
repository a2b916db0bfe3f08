while True:
    try:
        pass
    except* (ValueError, TypeError) as e:
        try:
            pass
        finally:
            break
