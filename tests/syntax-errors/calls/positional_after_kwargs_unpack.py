f(**opts, value)
