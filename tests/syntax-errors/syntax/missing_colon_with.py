with lock
    work()
