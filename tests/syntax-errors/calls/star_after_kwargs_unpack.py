f(**opts, *args)
