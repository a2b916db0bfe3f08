print("start")
compile("def f():\n    nonlocal q\n", "<cfg>", "exec")
